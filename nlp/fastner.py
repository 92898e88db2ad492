"""spaCy's greedy NER decoding, done a token run at a time with numpy: the same entities, less CPU.

The ``ner`` component of spaCy 3.8 (a transition-based ``BiluoPushDown`` parser, greedy, ``nF=3``
state features) decides its move at each token in a compiled loop. In the wheel installed here that
loop asks every move whether it is valid (74 moves, each state, each token), and each of those checks
takes and drops the GIL several times: under ``perf`` the GIL's mutexes were ~35 % of the whole
entity pass on Enron mail, more than the network itself.

`GreedyNER` gives the same moves from the same numbers. Its state at a token is only whether an
entity is open (its label, its first token): the three state features are (this token, the
entity's first token, the token before) and, with no entity open, (this token, none, none). So the
scores of every token *with no entity open* are computed at once (one matrix product for the whole
batch), the valid moves there come from the token's own preset entity tags (the profile's entity
ruler), whitespace and sentence starts (vectorised), and only the tokens inside a predicted entity
are stepped one by one. Sums are made in the order spaCy's loop makes them and the hidden-to-score
product goes through the same BLIS ``sgemm`` as spaCy's loop, so the scores are the same floats and
``argmax`` (first maximum, as ``arg_max_if_valid``) the same move; the entities are then set with
``Doc.set_ents`` as ``BiluoPushDown.set_annotations`` sets them.

`GreedyNER.usable` says whether a pipeline's ``ner`` is one this covers (greedy, ``ner`` state type
with three features, maxout hidden layer, an output layer, no unseen classes); else the entity pass
runs spaCy's own loop. A batch where something unforeseen happens (a move this does not
know) is handed to spaCy's loop.

STUCK: where no move is valid, spaCy's loop ends the doc (``StateC.force_final``) and keeps the
entities closed so far; this does the same. It happens at a preset entity whose label the model
has no moves for (the profile's ``DIVISION``): the statistical NER finds nothing after the first
unit name of a text. That is spaCy's behaviour, kept here so that the analyses do not change.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Iterable, Iterator

import numpy as np

__all__ = ["GreedyNER"]

_B, _I, _L, _U, _O, _M = range(6)
_UNSEEN = np.float32(-3.0e38)  # the score of a class the model was never trained on (see GreedyNER._sync)


class GreedyNER:
    """Decodes like ``ner.predict`` + ``ner.set_annotations`` (see the module docstring)."""

    def __init__(self, ner):
        self.ner = ner
        self._n_moves = -1
        self._sync()

    def _sync(self) -> None:
        """The moves, their labels and the output layer, (re)read when ``ner`` added moves: spaCy's
        ``ner`` adds B/I/L/U moves for the label of any preset entity it has none for (the profile's
        ``DIVISION``) and grows its output layer; those classes are "unseen"."""
        ner = self.ner
        if ner.moves.n_moves == self._n_moves:
            return
        self._n_moves = ner.moves.n_moves
        model = ner.model  # (growing the output layer replaces it)
        self.tok2vec, self.lower, self.upper = model.layers[0], model.layers[1], model.layers[-1]
        kinds, labels = [], []
        strings = ner.vocab.strings
        for i in range(ner.moves.n_moves):
            name = ner.moves.get_class_name(i)
            if name == "O":
                kinds.append(_O)
                labels.append(0)
                continue
            move, _, label = name.partition("-")
            kinds.append({"B": _B, "I": _I, "L": _L, "U": _U}.get(move, _M))
            labels.append(strings[label] if label else 0)
        self.kinds = np.array(kinds)
        self.labels = np.array(labels, dtype=np.uint64)
        self._by_kind = {k: np.flatnonzero(self.kinds == k) for k in range(6)}
        self.W = np.ascontiguousarray(self.upper.get_param("W"), dtype=np.float32)
        self.b = self.upper.get_param("b")
        unseen = sorted(ner.model.attrs.get("unseen_classes") or ())
        self.unseen = np.array(unseen, dtype=np.int64)
        # spaCy's loop gives an unseen class the lowest score of the step: it wins only where no seen
        # class is valid (the seen ones come first, and ties go to the first); a finite score lower
        # than any other does the same here
        if len(self.unseen) and self.unseen.min() < len(kinds) - len(unseen):
            raise ValueError("unseen classes before seen ones")  # not a pipeline this covers (usable())

    @staticmethod
    def usable(ner) -> bool:
        try:
            model = ner.model
            unseen = sorted(model.attrs.get("unseen_classes") or ())
            return (ner.cfg.get("beam_width", 1) == 1 and (not unseen or unseen[0] >= ner.moves.n_moves - len(unseen))
                    and model.attrs.get("has_upper") and len(model.layers) == 3
                    and model.layers[1].name == "precomputable_affine"
                    and model.layers[1].get_dim("nF") == 3 and model.layers[1].get_dim("nP") >= 2
                    and type(ner.moves).__name__ == "BiluoPushDown" and not ner.postprocesses
                    and hasattr(ner.moves, "get_class_name"))
        except (AttributeError, KeyError, ValueError):
            return False

    # -- the pipe: the batches ner.pipe makes -------------------------------------------------
    def pipe(self, docs: Iterable, batch_size: int = 256) -> Iterator:
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            batch = list(batch)
            by_length = sorted(batch, key=len)
            for sub in minibatch(by_length, size=max(batch_size // 4, 2)):
                self.annotate(list(sub))
            yield from batch

    def __call__(self, doc):
        self.annotate([doc])
        return doc

    def annotate(self, docs: list) -> None:
        if not any(len(d) for d in docs):
            return self._spacy(docs)
        self.ner._ensure_labels_are_added(docs)  # as ner.predict does, before its model runs
        self._sync()
        ents = self.decode(docs)
        if ents is None:
            return self._spacy(docs)
        self._set(docs, ents)

    def _spacy(self, docs: list) -> None:
        self.ner.set_annotations(docs, self.ner.predict(docs))

    # -- decoding ----------------------------------------------------------------------------
    def _scores(self, hidden: np.ndarray) -> np.ndarray:
        import blis.py

        s = blis.py.gemm(np.ascontiguousarray(hidden, dtype=np.float32), self.W, trans1=False, trans2=True)
        s += self.b
        if len(self.unseen):
            s[:, self.unseen] = _UNSEEN
        return s

    def decode(self, docs: list) -> list | None:
        """The (start, end, label) entities of each doc, or None when spaCy must decode the batch."""
        X = self.tok2vec.predict(docs)
        Yf = self.lower.predict(X)  # (tokens + 1, nF, nO, nP); row 0 is the padding
        bias = self.lower.get_param("b")
        # no entity open: features (token, none, none); summed as spaCy's loop sums them
        closed = Yf[1:, 0] + Yf[0, 1]
        closed += Yf[0, 2]
        closed += bias
        scores = self._scores(closed.max(axis=-1))
        kinds, labels = self.kinds, self.labels
        out = []
        offset = 0
        from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START

        for doc in docs:
            n = len(doc)
            if n == 0:
                out.append([])
                continue
            arr = doc.to_array([ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START])
            iob = arr[:, 0].astype(np.int64)
            typ = arr[:, 1].astype(np.uint64)
            space = arr[:, 2].astype(bool)
            ss = arr[:, 3].astype(np.int64)
            nxt_iob = np.append(iob[1:], 0)
            nxt_ss = np.append(ss[1:], 0)
            blen = n - np.arange(n)
            valid = self._closed_valid(iob, typ, space, nxt_iob, nxt_ss, blen)
            # (inside a preset entity no move is valid with none open: those tokens are never reached so)
            stuck = np.asarray(~valid.any(axis=1))
            sc = np.where(valid, scores[offset:offset + n], -np.inf)
            best = sc.argmax(axis=1)
            moves = kinds[best]
            starts = np.flatnonzero(moves != _O).tolist()  # where something other than O happens
            ents = []
            b = 0
            done = False
            while not done:
                k = bisect_left(starts, b)
                if k == len(starts):
                    break
                b = starts[k]
                if stuck[b]:  # no valid move: spaCy's loop ends the doc here (``force_final``), see STUCK
                    break
                move, label = moves[b], labels[best[b]]
                if move == _U:
                    ents.append((b, b + 1, int(label)))
                    b += 1
                    continue
                if move != _B:
                    return None
                start = b
                b += 1
                while True:  # inside the entity: one token at a time
                    if b >= n:
                        return None
                    feat = Yf[offset + b + 1, 0] + Yf[offset + start + 1, 1]
                    feat += Yf[offset + b, 2]  # the token before this one
                    feat += bias
                    s = self._scores(feat.max(axis=-1)[None, :])[0]
                    ok = self._open_valid(int(iob[b]), int(typ[b]), int(nxt_iob[b]), int(nxt_ss[b]),
                                          b + 1 < n, n - b, int(label))
                    if not ok.any():  # as above: the doc ends here, the open entity is dropped
                        done = True
                        break
                    c = int(np.where(ok, s, -np.inf).argmax())
                    b += 1
                    if kinds[c] == _L:
                        ents.append((start, b, int(label)))
                        break
                    if kinds[c] != _I:
                        return None
            out.append(ents)
            offset += n
        return out

    def _closed_valid(self, iob, typ, space, nxt_iob, nxt_ss, blen) -> np.ndarray:
        kinds, labels = self.kinds, self.labels
        n = len(iob)
        valid = np.zeros((n, len(kinds)), dtype=bool)
        lab = labels[None, :]
        col = lambda a: a[:, None]  # noqa: E731
        B = self._by_kind[_B]
        lb = lab[:, B]
        preset_b = (col(iob) == 3) & (lb == col(typ)) & (col(nxt_iob) == 1)
        free_b = (col(iob) != 3) & (col(nxt_iob) != 3) & (col(nxt_ss) != 1) & ~col(space)
        valid[:, B] = (col(blen) >= 2) & (lb != 0) & (col(iob) != 1) & (preset_b | free_b)
        U = self._by_kind[_U]
        lu = lab[:, U]
        u_label = (col(nxt_iob) != 1) & (((col(iob) == 3) & (lu == col(typ))) | ((col(iob) != 3) & ~col(space)))
        u_blocked = (col(typ) == 0) & (col(iob) == 3)
        valid[:, U] = np.where(lu != 0, u_label, u_blocked)
        O = self._by_kind[_O]
        valid[:, O] = col((iob != 3) & (iob != 1))
        return valid

    def _open_valid(self, p_iob: int, p_type: int, n_iob: int, n_ss: int, has_next: bool, blen: int,
                    ent_label: int) -> np.ndarray:
        kinds, labels = self.kinds, self.labels
        ok = np.zeros(len(kinds), dtype=bool)
        for c in self._by_kind[_U]:  # "U-" (a blocked token) is checked before whether an entity is open
            ok[c] = int(labels[c]) == 0 and p_type == 0 and p_iob == 3
        for c in self._by_kind[_I]:
            lab = int(labels[c])
            if blen < 2 or lab == 0 or lab != ent_label or p_iob == 3 or n_iob == 3:
                continue
            if p_iob == 1:
                ok[c] = n_iob not in (0, 2) and lab == p_type
            else:
                ok[c] = not (has_next and n_ss == 1)
        for c in self._by_kind[_L]:
            lab = int(labels[c])
            if lab == 0:
                continue
            if p_iob == 1 and n_iob != 1:
                ok[c] = lab == p_type
            else:
                ok[c] = lab == ent_label and n_iob != 1
        return ok

    # -- annotations, as BiluoPushDown.set_annotations sets them ---------------------------------
    def _set(self, docs: list, ents: list) -> None:
        from spacy.tokens import Span

        for doc, found in zip(docs, ents):
            spans = [Span(doc, s, e, label=lab, kb_id=doc[s].ent_kb_id) for s, e, lab in found]
            doc.set_ents(spans, default="unmodified")
            missing = [i for i, t in enumerate(doc.to_array("ENT_IOB").tolist()) if t == 0]
            if missing:
                doc.set_ents([], outside=[Span(doc, i, i + 1) for i in missing], default="unmodified")
