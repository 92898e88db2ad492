"""Per-message spaCy analyses: what extraction keeps of a parsed message, and how it is computed at scale.

Extraction never keeps spaCy ``Doc`` objects for a whole release (a Doc per message does not fit
in memory for hundreds of thousands of emails). Each message's own text goes through ``nlp.pipe``
in batches and comes out as an `Analysis`: the entity spans (label, rule id, character and token
offsets, the lower-case form of their tokens) and the few tokens around promo codes that the code
check reads. The Doc is dropped straight away. An `Analysis` answers the parts of the Doc
interface extraction uses (``.text``, ``.ents``, ``len(doc)``, ``doc[a:b]``), so
``giftgraph.nlp.extract`` and ``giftgraph.nlp.relations`` read it like a Doc.

Only the components NER needs run in that pass (``ner``, the profile's entity ruler and the
person-title filter); tagger, parser and lemmatizer are disabled. The dependency cues of the
relations stage need a parse: `Analysis.parsed()` parses the message on demand, which the
relations stage only asks for in the few threads that can hold a relation.

Analyses are JSON-able (`Analysis.to_json` / `Analysis.from_json`), cached per case by content
hash in ``analyses.sqlite`` (`AnalysisCache`: a message whose text, profile and model are
unchanged is never analysed again), and computed in one process, with ``nlp.pipe(n_process=N)``
or on a Dask cluster (`giftgraph.scale`).

Text fed to spaCy per message: the own text (quoted history and forwarded copies are cut, see
``giftgraph.nlp.signature.own_text_end``); an own text longer than ``MAX_CHARS`` is read as its
first ``HEAD_CHARS`` and last ``TAIL_CHARS`` characters (the greeting and the signature block),
since a body that long is a pasted document or list, not a message anyone wrote.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from giftgraph.errors import GiftgraphError

__all__ = [
    "ANALYSIS_VERSION", "MAX_CHARS", "HEAD_CHARS", "TAIL_CHARS", "NER_COMPONENTS",
    "Analysis", "AnalysisCache", "own_text_of", "spacy_pieces", "text_key", "profile_fingerprint",
    "analyse_texts", "analyse_texts_json", "analyse_messages", "ner_pipes", "Parser", "shared_pipeline", "parse_pipeline",
    "CachedAnalyses", "one_blas_thread",
]

ANALYSIS_VERSION = 1
MAX_CHARS = 20_000
HEAD_CHARS = 15_000
TAIL_CHARS = 5_000
WINDOW = 12  # tokens kept on each side of a promo code (>= any profile's promo_window)
# components the entity pass needs; all others (tok2vec, tagger, parser, attribute_ruler,
# lemmatizer, senter) are disabled for it
NER_COMPONENTS = ("ner", "giftgraph_profile_ruler", "giftgraph_person_titles", "giftgraph_promo_codes")


class _Tok:
    __slots__ = ("lower_", "like_email", "like_url")

    def __init__(self, lower: str, flags: int = 0):
        self.lower_ = lower
        self.like_email = bool(flags & 1)
        self.like_url = bool(flags & 2)


class _Ent:
    """An entity span of an `Analysis` (the attributes of a spaCy ``Span`` extraction reads)."""

    __slots__ = ("start_char", "end_char", "start", "end", "label_", "ent_id_", "text", "_lowers", "_flags")

    def __init__(self, start_char, end_char, start, end, label, ent_id, text, lowers, flags):
        self.start_char, self.end_char, self.start, self.end = start_char, end_char, start, end
        self.label_, self.ent_id_, self.text = label, ent_id, text
        self._lowers, self._flags = lowers, flags

    def __len__(self) -> int:
        return self.end - self.start

    def __iter__(self) -> Iterator[_Tok]:
        return (_Tok(w, f) for w, f in zip(self._lowers, self._flags))

    def __repr__(self) -> str:
        return f"<{self.label_} {self.text!r} {self.start_char}:{self.end_char}>"

    def to_list(self) -> list:
        return [self.start_char, self.end_char, self.start, self.end, self.label_, self.ent_id_, self.text,
                self._lowers, self._flags]


class Analysis:
    """What extraction keeps of one message's spaCy parse (see the module docstring).

    ``text`` is the message's whole own text (a prefix of the body, so offsets are body offsets);
    ``ents`` the entity spans; ``len(a)`` the number of tokens; ``a[i:j]`` the tokens kept there
    (only those near promo codes). ``parsed()`` is a full spaCy Doc of ``text`` (parsed on demand,
    when a parser was attached with ``attach_parser``), else None.
    """

    __slots__ = ("text", "_ents", "_n_tokens", "_window", "_parser", "_data")

    def __init__(self, text: str, ents: list, n_tokens: int, window: dict | None = None):
        self.text = text
        self._ents = ents
        self._n_tokens = n_tokens
        self._window = window or {}
        self._parser: Parser | None = None
        self._data: str | None = None  # the JSON not decoded yet (`from_json`)

    # read from the cache, an analysis is decoded when its spans are first asked for: a pass that only
    # reads ``text`` (the message's own text) pays nothing for them
    def _decode(self) -> None:
        d = json.loads(self._data or "")
        self._data = None
        # the label, id and text of a span are interned: the mentions made of them are kept for the whole
        # extraction, and the same few labels and names recur in every message (JSON gives new strings)
        intern = sys.intern
        self._ents = [_Ent(sc, ec, st, en, intern(label), intern(ent_id), intern(text), lowers, flags)
                      for sc, ec, st, en, label, ent_id, text, lowers, flags in d["e"]]
        self._n_tokens = d["n"]
        self._window = dict((int(i), w) for i, w in d["w"])

    @property
    def ents(self) -> list:
        if self._data is not None:
            self._decode()
        return self._ents

    @property
    def n_tokens(self) -> int:
        if self._data is not None:
            self._decode()
        return self._n_tokens

    @property
    def window(self) -> dict:
        if self._data is not None:
            self._decode()
        return self._window

    def __len__(self) -> int:
        return self.n_tokens

    def __getitem__(self, item):
        if isinstance(item, slice):
            lo, hi, _ = item.indices(self.n_tokens)
            return [_Tok(self.window[i]) for i in range(lo, hi) if i in self.window]
        raise TypeError("an Analysis keeps only the tokens near promo codes; index it with a slice")

    def has_annotation(self, attr: str) -> bool:
        """True for parse attributes (DEP, LEMMA, ...) when ``parsed()`` can give them."""
        return attr in ("DEP", "LEMMA", "POS", "TAG", "HEAD") and self._parser is not None and self._parser.parses

    def attach_parser(self, parser: "Parser | None") -> None:
        self._parser = parser

    def parsed(self):
        return self._parser(self.text) if self._parser is not None else None

    # -- storage -------------------------------------------------------------------------
    def to_json(self) -> str:
        """The analysis without its text (the text is the message's own text)."""
        return json.dumps({"n": self.n_tokens, "e": [e.to_list() for e in self.ents],
                           "w": sorted(self.window.items())}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str, data: str) -> "Analysis":
        """The analysis of `to_json`; its spans are decoded on first use."""
        a = cls(text, [], 0)
        a._data = data
        return a

    @classmethod
    def from_docs(cls, text: str, pieces: Sequence[tuple[int, Any]]) -> "Analysis":
        """Build from the spaCy Docs of ``spacy_pieces(text)``: (character offset, Doc) pairs."""
        ents: list[_Ent] = []
        window: dict[int, str] = {}
        tok_base = 0
        for char_base, doc in pieces:
            for e in doc.ents:
                toks = list(e)
                ents.append(_Ent(e.start_char + char_base, e.end_char + char_base, e.start + tok_base, e.end + tok_base,
                                 e.label_, e.ent_id_, e.text, [t.lower_ for t in toks],
                                 [int(t.like_email) | 2 * int(t.like_url) for t in toks]))
                if e.label_ == "PROMO_CODE":
                    for i in range(max(0, e.start - WINDOW), min(len(doc), e.end + WINDOW)):
                        window[i + tok_base] = doc[i].lower_
            tok_base += len(doc)
        return cls(text, ents, tok_base, window)


# ---------------------------------------------------------------------------------- texts
def own_text_of(m) -> str:
    """The message's own text (body up to quoted history), the text its analysis describes."""
    from giftgraph.nlp.signature import own_text_end

    body = m.body or ""
    return body[:own_text_end(body)]


def spacy_pieces(text: str) -> list[tuple[int, str]]:
    """(offset, text) pieces fed to spaCy: the whole text, or the head and tail of a huge one."""
    if len(text) <= MAX_CHARS:
        return [(0, text)]
    tail = len(text) - TAIL_CHARS
    nl = text.find("\n", tail)  # start the tail on a line boundary (the signature's lines)
    if nl != -1 and nl < len(text) - 1:
        tail = nl + 1
    return [(0, text[:HEAD_CHARS]), (tail, text[tail:])]


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def profile_fingerprint(profile, model: str | None) -> str:
    """Content hash of what an analysis depends on: the profile's files, the model, this module."""
    from giftgraph.nlp.profile import Profile

    prof = Profile.load(profile)
    h = hashlib.sha256(f"v{ANALYSIS_VERSION}|{model or 'default'}|{MAX_CHARS},{HEAD_CHARS},{TAIL_CHARS}".encode())
    base = Path(prof.path) if getattr(prof, "path", None) else None
    if base is not None and base.is_dir():
        for f in sorted(base.rglob("*")):
            if f.is_file():
                h.update(f.relative_to(base).as_posix().encode())
                h.update(f.read_bytes())
    else:
        h.update(repr(getattr(prof, "name", prof)).encode())
    for mod in ("components.py", "analysis.py", "fastner.py", "codes.py", "data/codes.yaml"):  # the code that makes the spans
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.hexdigest()


# ---------------------------------------------------------------------------------- cache
class AnalysisCache:
    """Analyses by content hash of the text, in an SQLite file (``analyses.sqlite`` of a case).

    The file is tied to one fingerprint (profile, model, code): a different fingerprint empties it.
    Writes are committed batch by batch, so a killed run keeps what it had analysed."""

    def __init__(self, path: str | Path, fingerprint: str):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._open(fingerprint)
        except sqlite3.DatabaseError:  # not a database (a damaged copy): it is only a cache, start it again
            self.db.close()
            self.path.unlink(missing_ok=True)
            self._open(fingerprint)

    def _open(self, fingerprint: str) -> None:
        self.db = sqlite3.connect(str(self.path))
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS analysis (key TEXT PRIMARY KEY, data TEXT)")
        row = self.db.execute("SELECT v FROM meta WHERE k='fingerprint'").fetchone()
        if row is None or row[0] != fingerprint:
            self.db.execute("DELETE FROM analysis")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('fingerprint', ?)", (fingerprint,))
        self.db.commit()

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        keys = list(dict.fromkeys(keys))
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = "SELECT key, data FROM analysis WHERE key IN (%s)" % ",".join("?" * len(chunk))
            out.update(self.db.execute(q, chunk).fetchall())
        return out

    def get(self, key: str) -> str | None:
        row = self.db.execute("SELECT data FROM analysis WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def present(self, keys: Iterable[str]) -> set[str]:
        """The keys among ``keys`` the cache holds (their analyses are not read)."""
        keys = list(dict.fromkeys(keys))
        out: set[str] = set()
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            q = "SELECT key FROM analysis WHERE key IN (%s)" % ",".join("?" * len(chunk))
            out.update(k for (k,) in self.db.execute(q, chunk))
        return out

    def put_many(self, rows: Iterable[tuple[str, str]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO analysis VALUES (?, ?)", list(rows))
        self.db.commit()

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM analysis").fetchone()[0]

    def close(self) -> None:
        self.db.close()


# ---------------------------------------------------------------------------------- compute
class Parser:
    """Parses a text on demand with the components the entity pass left off (tagger, parser,
    lemmatizer); the pipeline is loaded on first use when not given."""

    def __init__(self, profile=None, model: str | None = None, nlp=None):
        self.profile, self.model, self._nlp = profile, model, nlp
        self._parses: bool | None = None

    @property
    def nlp(self):
        if self._nlp is None:
            self._nlp = parse_pipeline(self.profile, self.model)
        return self._nlp

    @property
    def parses(self) -> bool:
        if self._parses is None:
            self._parses = "parser" in self.nlp.pipe_names
        return self._parses

    def __call__(self, text: str):
        nlp = self.nlp
        with nlp.select_pipes(disable=[p for p in NER_COMPONENTS if p in nlp.pipe_names]):
            # spaCy refuses texts over nlp.max_length (E088): parse the head (char offsets stay valid)
            doc = nlp.make_doc(text[:nlp.max_length])
            reach = _vector_reach(nlp)
            if reach is None or len(doc) <= 2 * PARSE_STEP:
                return nlp(doc)
            doc.tensor = _token_vectors(nlp.get_pipe("tok2vec"), doc, PARSE_STEP, 2 * reach)
            for name, proc in nlp.pipeline:
                if name != "tok2vec":
                    doc = proc(doc)
            return doc


# A parse's peak memory is mostly the token encoder's forward pass, which keeps every layer's output
# of every token until it ends (~15 KB a token: 51 MB for a 3,400-token text). A token's vector reads
# only the tokens within the encoder's reach (window x depth) of it, so a long text's vectors are
# computed PARSE_STEP tokens at a time, each piece with twice the reach of context on both sides: the
# same vectors (checked equal, bit for bit, on Enron's longest texts), a fraction of the memory.
PARSE_STEP = 256


def _vector_reach(nlp) -> int | None:
    """How many tokens on each side a token's vector reads, when the pipeline's first component is a
    standard ``tok2vec`` (hash embeddings of the token's own attributes, a window encoder); else None
    (the text is parsed whole)."""
    if not nlp.pipe_names or nlp.pipe_names[0] != "tok2vec":
        return None
    try:
        cfg = nlp.config["components"]["tok2vec"]["model"]
        embed, encode = cfg["embed"], cfg["encode"]
        if (cfg["@architectures"] != "spacy.Tok2Vec.v2" or embed["@architectures"] != "spacy.MultiHashEmbed.v2"
                or encode["@architectures"] not in ("spacy.MaxoutWindowEncoder.v2", "spacy.MishWindowEncoder.v2")):
            return None
        return int(encode["window_size"]) * int(encode["depth"])
    except (KeyError, TypeError, ValueError):
        return None


def _token_vectors(tok2vec, doc, step: int, margin: int):
    """``tok2vec``'s vectors of ``doc``'s tokens, computed ``step`` tokens at a time with ``margin``
    tokens of context on each side (see `PARSE_STEP`)."""
    import numpy

    n = len(doc)
    parts = []
    for a in range(0, n, step):
        lo, hi = max(0, a - margin), min(n, a + step + margin)
        vectors = tok2vec.predict([doc[lo:hi].as_doc()])[0]
        parts.append(vectors[a - lo:a - lo + min(step, n - a)])
    return numpy.concatenate(parts)


_PIPELINE: dict = {}  # the last pipeline `shared_pipeline` loaded, by what it was loaded from


def shared_pipeline(profile=None, model: str | None = None):
    """``load_pipeline(profile, model)``, loaded once per process: the entity pass and the parse on
    demand of the same run share one pipeline instead of loading the model twice. Keyed by the
    profile's files and its loaded content (a Profile changed in memory gets a new pipeline); only
    the last one is kept."""
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    prof = Profile.load(profile)
    key = (load_pipeline, model, profile_fingerprint(prof, model), repr(prof))
    if key not in _PIPELINE:
        _PIPELINE.clear()
        _PIPELINE[key] = load_pipeline(prof, model)
    return _PIPELINE[key]


def parse_pipeline(profile=None, model: str | None = None):
    """The pipeline of a parse on demand (`Parser`): the one `shared_pipeline` loaded for this run's
    entity pass when there is one (the model is not loaded twice), else ``load_pipeline(profile,
    model)`` without the entity components, which a parse never runs (a re-extraction, every analysis
    cached: 20 MB less, the NER model, the profile's rules and the promo-code word list). The same
    tokenizer and parse components either way; kept like `shared_pipeline`'s (only the last one)."""
    from giftgraph.nlp.components import load_pipeline
    from giftgraph.nlp.profile import Profile

    prof = Profile.load(profile)
    key = (load_pipeline, model, profile_fingerprint(prof, model), repr(prof))
    if key in _PIPELINE:
        return _PIPELINE[key]
    lean = ("parse", *key)
    if lean not in _PIPELINE:
        nlp = load_pipeline(prof, model)
        for name in NER_COMPONENTS:
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
        _PIPELINE.clear()
        _PIPELINE[lean] = nlp
    return _PIPELINE[lean]


def ner_pipes(nlp) -> list[str]:
    """The components of ``nlp`` to disable for the entity pass."""
    return [p for p in nlp.pipe_names if p not in NER_COMPONENTS]


_BLAS: list = []  # the threadpoolctl controller of this process (it looks the BLAS libraries up once)


def one_blas_thread():
    """A context in which numpy's BLAS runs its matrix products on the calling thread only.

    The entity pass multiplies matrices of a few hundred to a few thousand rows (`numpy_matmul` in
    ``giftgraph.nlp.components``); OpenBLAS would hand them to one thread per core, which costs
    more CPU than it saves wall time at that size (300 x 288 by 288 x 288: 22 GFLOPS of process
    CPU on 2 threads against 83 on one) and, with one spaCy worker per core, only makes the workers
    take each other's cores. (No-op without ``threadpoolctl``.)"""
    import contextlib

    if not _BLAS:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:  # pragma: no cover - a dependency; an old environment still runs
            _BLAS.append(None)
        else:
            _BLAS.append(ThreadpoolController())
    return _BLAS[0].limit(limits=1, user_api="blas") if _BLAS[0] is not None else contextlib.nullcontext()


_GREEDY: dict = {}  # id of a pipeline's ner -> (that ner, its GreedyNER): the last one made


def _ner_stream(nlp, texts: Iterable[str], batch_size: int) -> Iterator:
    """``nlp.pipe(texts, batch_size=...)`` in this process, through the enabled components in order,
    with ``ner`` decoded by `giftgraph.nlp.fastner.GreedyNER` when it covers the pipeline's ``ner``
    (the same entities for less CPU: see that module)."""
    from giftgraph.nlp.fastner import GreedyNER

    docs: Iterator = (nlp.make_doc(t) for t in texts)
    for name, proc in nlp.pipeline:
        if name == "ner" and GreedyNER.usable(proc):
            if id(proc) not in _GREEDY or _GREEDY[id(proc)][0] is not proc:
                _GREEDY.clear()
                _GREEDY[id(proc)] = (proc, GreedyNER(proc))
            proc = _GREEDY[id(proc)][1]
        if hasattr(proc, "pipe"):
            docs = proc.pipe(docs, batch_size=batch_size)
        else:
            docs = map(proc, docs)
    return docs


def analyse_texts(nlp, texts: Iterable[str], *, batch_size: int = 64, n_process: int = 1) -> Iterator[Analysis]:
    """Analyses of ``texts`` in order: ``nlp.pipe`` in batches with only the NER components on."""
    texts = iter(texts)
    buffered: list[tuple[str, list[tuple[int, str]]]] = []

    def pieces():
        for t in texts:
            ps = spacy_pieces(t)
            buffered.append((t, ps))
            for _, p in ps:
                yield p

    with nlp.select_pipes(disable=ner_pipes(nlp)), one_blas_thread():
        if n_process == 1:
            docs = _ner_stream(nlp, pieces(), batch_size)
        else:
            docs = nlp.pipe(pieces(), batch_size=batch_size, n_process=n_process)
        while True:
            try:
                first = next(docs)
            except StopIteration:
                break
            text, ps = buffered.pop(0)
            got = [(ps[0][0], first)] + [(off, next(docs)) for off, _ in ps[1:]]
            yield Analysis.from_docs(text, got)


CHUNK_TEXTS = 128  # texts a worker process analyses per task (two spaCy batches of 64) ...
# ... or fewer, so that a task holds at most this many characters: spaCy's memory grows with the
# text of a batch (1,113 Enron texts on 2 workers: 500,000 -> 1,032 MB of worker PSS, 100,000 -> 673 MB,
# the same CPU and the same analyses)
CHUNK_CHARS = 100_000

_POOL_NLP: list = []  # the pipeline the forked workers inherit


def _pool_task(texts: list[str], batch_size: int) -> list[str]:
    """In a worker process: the JSON analyses of ``texts``, in order."""
    return [a.to_json() for a in analyse_texts(_POOL_NLP[0], texts, batch_size=batch_size)]


def _die_with_parent() -> None:
    """In a worker: end when the parent process is killed (Linux ``prctl(PR_SET_PDEATHSIG)``)."""
    import ctypes
    import signal

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux/glibc: workers end when their task queue closes
        pass


def _chunks(texts: Iterable[str], max_texts: int, max_chars: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    size = 0
    for t in texts:
        n = min(len(t), MAX_CHARS)
        if chunk and (len(chunk) >= max_texts or size + n > max_chars):
            yield chunk
            chunk, size = [], 0
        chunk.append(t)
        size += n
    if chunk:
        yield chunk


def analyse_texts_json(nlp, texts: Iterable[str], *, batch_size: int = 64, n_process: int = 1) -> Iterator[str]:
    """JSON analyses (`Analysis.to_json`) of ``texts``, in order: the same as ``analyse_texts``.

    With ``n_process`` > 1, a pool of that many forked worker processes (they share the loaded
    pipeline) each runs ``nlp.pipe(batch_size=...)`` over chunks of up to ``CHUNK_TEXTS`` texts
    and ``CHUNK_CHARS`` characters, and sends back only the small JSON analyses: spaCy's own
    ``nlp.pipe(n_process=...)`` sends every Doc back to this process, which cost ~10 % more CPU
    here. At most two chunks per worker are in flight, so what waits does not grow with the
    number of texts. One worker,
    or one chunk or less: the same chunks in this process; no ``fork`` here: ``nlp.pipe(n_process=...)``."""
    import gc
    import multiprocessing as mp

    chunks = _chunks(texts, CHUNK_TEXTS, CHUNK_CHARS)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    everything = _chain(first, second, chunks)
    if n_process <= 1 or second is None:  # one process, batches no bigger than a worker's
        for chunk in everything:
            yield from (a.to_json() for a in analyse_texts(nlp, chunk, batch_size=batch_size))
        return
    if "fork" not in mp.get_all_start_methods():  # pragma: no cover - not Linux/macOS
        flat = (t for chunk in everything for t in chunk)
        yield from (a.to_json() for a in analyse_texts(nlp, flat, batch_size=batch_size, n_process=n_process))
        return
    _POOL_NLP[:] = [nlp]
    gc.freeze()  # the workers' garbage collector leaves this process's objects (and their pages) alone
    try:
        yield from _pool_results(everything, n_process, batch_size)
    finally:
        gc.unfreeze()
        _POOL_NLP.clear()


class WorkerDied(GiftgraphError):
    """A spaCy worker process ended in the middle of a task, twice (killed, or out of memory)."""


POOL_RETRIES = 1  # times a broken pool is started again (the unfinished chunks sent again) before giving up


def _pool_results(chunks: Iterator[list[str]], n_process: int, batch_size: int) -> Iterator[str]:
    """The JSON analyses of ``chunks`` from a pool of ``n_process`` forked workers, in order.

    A worker that dies mid-task (killed, out of memory) breaks the pool
    (``concurrent.futures.process.BrokenProcessPool``: never a wait for a result that cannot come,
    as ``multiprocessing.Pool`` does); a new pool is forked and the chunks not yet returned are sent
    again, ``POOL_RETRIES`` times, then `WorkerDied` is raised (one line; the analyses returned so
    far are cached by the caller). Workers are forked once, from this (the calling) thread, and are
    not replaced after N tasks: a ``multiprocessing.Pool`` forking replacements from its handler
    thread hung here on the Enron inbox (8,021 messages, two zombie workers)."""
    import multiprocessing as mp
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def start():
        return ProcessPoolExecutor(n_process, mp_context=mp.get_context("fork"), initializer=_die_with_parent)

    def returned(fut) -> bool:
        return fut.done() and not fut.cancelled() and fut.exception() is None

    pending: deque = deque()  # (chunk, future), in order: the chunks sent and not yet yielded
    retries = 0
    pool = start()
    ok = False
    try:
        while True:
            try:
                for chunk in chunks:
                    pending.append((chunk, pool.submit(_run_chunk, chunk, batch_size)))
                    while len(pending) > 2 * n_process:  # at most two chunks per worker in flight
                        yield from pending[0][1].result()
                        pending.popleft()
                while pending:
                    yield from pending[0][1].result()
                    pending.popleft()
                ok = True
                return
            except BrokenProcessPool as exc:
                _stop(pool, wait=False)
                if retries >= POOL_RETRIES:
                    raise WorkerDied(f"a spaCy worker process died mid-task ({retries + 1} times: killed, or out of "
                                     "memory?); the analyses made so far are cached: run again, or with "
                                     "--workers 1") from exc
                retries += 1
                pool = start()  # the chunks not returned are sent again, in their order
                pending = deque((chunk, fut if returned(fut) else pool.submit(_run_chunk, chunk, batch_size))
                                for chunk, fut in pending)
    finally:
        _stop(pool, wait=ok)


def _run_chunk(texts: list[str], batch_size: int) -> list[str]:
    """The pool's task, found by name in the forked worker (so a test may replace `_pool_task`)."""
    return _pool_task(texts, batch_size)


def _stop(pool, wait: bool) -> None:
    """Shut ``pool`` down; unless ``wait`` (the run failed, or its consumer stopped), end its worker
    processes first instead of waiting for the chunks they are on."""
    if not wait:
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            if proc.is_alive():
                proc.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def _chain(first: list[str], second: list[str] | None, rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield first
    if second is not None:
        yield second
        yield from rest


def analyse_messages(messages: Sequence, nlp=None, *, profile=None, model: str | None = None,
                     cache: AnalysisCache | None = None, n_process: int = 1, batch_size: int = 64,
                     compute: Callable[[list[str]], Iterable[str]] | None = None,
                     progress: bool = False, stats: dict | None = None, keep: bool = True) -> dict[str, Analysis] | None:
    """Analyses of ``messages`` by message id.

    Texts found in ``cache`` are not analysed again; the others are analysed in batches with
    ``nlp`` (``n_process`` processes), or by ``compute`` (a function from a list of texts to their
    analyses as JSON, e.g. a Dask cluster), and written to the cache batch by batch. ``stats``
    (a dict) gets the counts: ``texts`` (distinct own texts), ``analysed`` (not in the cache).
    ``keep=False`` (with a ``cache``): the analyses are only written to the cache and None is
    returned; nothing of the release's texts or analyses is held beyond the batch being analysed
    (read them back with `CachedAnalyses`)."""
    if not keep and cache is not None:
        _analyse_into_cache(messages, nlp, profile=profile, model=model, cache=cache, n_process=n_process,
                            batch_size=batch_size, compute=compute, progress=progress, stats=stats)
        return None
    texts = {m.id: own_text_of(m) for m in messages}
    keys = {mid: text_key(t) for mid, t in texts.items()}
    stored = cache.get_many(keys.values()) if cache is not None else {}
    todo: dict[str, str] = {}
    for mid, t in texts.items():
        if keys[mid] not in stored and keys[mid] not in todo:
            todo[keys[mid]] = t
    if stats is not None:
        stats.update(texts=len(set(keys.values())), analysed=len(todo))
    bar = None
    if progress and todo:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), desc="entities", unit="msg", file=sys.stderr, leave=False)
    if todo:
        order = list(todo)
        if compute is not None:
            results = iter(compute([todo[k] for k in order]))
        else:
            if nlp is None:
                nlp = shared_pipeline(profile, model)
            results = analyse_texts_json(nlp, (todo[k] for k in order), batch_size=batch_size, n_process=n_process)
        pending: list[tuple[str, str]] = []
        for k, data in zip(order, results):
            stored[k] = data
            pending.append((k, data))
            if bar is not None:
                bar.update(1)
            if len(pending) >= 1000 and cache is not None:
                cache.put_many(pending)
                pending = []
        if cache is not None and pending:
            cache.put_many(pending)
    if bar is not None:
        bar.close()
    return {mid: Analysis.from_json(texts[mid], stored[keys[mid]]) for mid in texts}


def _analyse_into_cache(messages: Sequence, nlp, *, profile, model, cache: AnalysisCache, n_process: int,
                        batch_size: int, compute, progress: bool, stats: dict | None) -> None:
    """`analyse_messages` with ``keep=False``: the texts missing from ``cache`` analysed and written
    to it. Only their keys are held; each text is cut from its message as the pass reaches it."""
    keys: dict[str, object] = {}  # text key -> the first message with that own text
    for m in messages:
        keys.setdefault(text_key(own_text_of(m)), m)
    have = cache.present(keys)
    order = [k for k in keys if k not in have]
    if stats is not None:
        stats.update(texts=len(keys), analysed=len(order))
    if not order:
        return
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(order), desc="entities", unit="msg", file=sys.stderr, leave=False)
    if compute is not None:
        results = iter(compute([own_text_of(keys[k]) for k in order]))
    else:
        if nlp is None:
            nlp = shared_pipeline(profile, model)
        results = analyse_texts_json(nlp, (own_text_of(keys[k]) for k in order), batch_size=batch_size,
                                     n_process=n_process)
    pending: list[tuple[str, str]] = []
    for k, data in zip(order, results):
        pending.append((k, data))
        if bar is not None:
            bar.update(1)
        if len(pending) >= 1000:
            cache.put_many(pending)
            pending = []
    if pending:
        cache.put_many(pending)
    if bar is not None:
        bar.close()


class CachedAnalyses(Mapping):
    """The analyses of ``messages`` read from ``cache`` one message at a time, as extraction asks
    for them: a read-only mapping message id -> `Analysis` that holds, for the whole release, only
    each message's cache key and own-text length (the analyses of a large release do not fit in
    memory decoded: ~17 KB a message on Enron mail, against ~1.7 KB of JSON in the cache).

    A decoded analysis is kept while it is among the last ``recent`` asked for (extraction reads
    the messages in order, a few times over, each message's analysis several times in a row).
    ``attach_parser`` gives every analysis read the parser (`Analysis.attach_parser`). The cache
    must hold every message's analysis (`analyse_messages` with ``keep=False`` first)."""

    def __init__(self, messages: Iterable, cache: AnalysisCache, *, recent: int = 64):
        from collections import OrderedDict

        from giftgraph.nlp.signature import own_text_end

        self.cache = cache
        self._where: dict[str, tuple[str, object, int]] = {}  # message id -> (text key, message, own-text end)
        for m in messages:
            body = m.body or ""
            end = own_text_end(body)
            self._where[m.id] = (text_key(body[:end]), m, end)
        self._recent: OrderedDict[str, Analysis] = OrderedDict()
        self._size = recent
        self._parser: Parser | None = None

    def attach_parser(self, parser: "Parser | None") -> None:
        self._parser = parser
        for a in self._recent.values():
            a.attach_parser(parser)

    def __getitem__(self, mid: str) -> Analysis:
        a = self._recent.get(mid)
        if a is not None:
            self._recent.move_to_end(mid)
            return a
        key, m, end = self._where[mid]
        data = self.cache.get(key)
        if data is None:
            raise KeyError(f"{mid}: no analysis of its text in {self.cache.path}")
        a = Analysis.from_json((getattr(m, "body", None) or "")[:end], data)
        a.attach_parser(self._parser)
        self._recent[mid] = a
        if len(self._recent) > self._size:
            self._recent.popitem(last=False)
        return a

    def get(self, mid: str, default=None):
        return self[mid] if mid in self._where else default

    def __contains__(self, mid: object) -> bool:
        return mid in self._where

    def __len__(self) -> int:
        return len(self._where)

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

