"""The package list, computed: the repository root is the `giftgraph` package (pyproject.toml maps
it), and every folder under ingest/, nlp/ and graph/ (sub-packages, and the data folders: queries,
templates, static, profiles) is one of its packages, so a new one needs no edit. Everything else
(tests/, benchmarks/, scripts/, docs/, examples/) stays out of the wheel, and so does this file.
The rest of the configuration is in pyproject.toml."""
import shutil
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

SUBPACKAGES = find_namespace_packages(
    where=".", include=["ingest", "ingest.*", "nlp", "nlp.*", "graph", "graph.*"], exclude=["*.__pycache__"])


class BuildPy(build_py):
    """The root folder is the package, but its setup.py is no module of it; and a module moved out
    of the package (or deleted) does not come back from an earlier build's build/lib."""

    def run(self):
        shutil.rmtree(Path(self.build_lib) / "giftgraph", ignore_errors=True)
        super().run()

    def find_package_modules(self, package, package_dir):
        modules = super().find_package_modules(package, package_dir)
        return [m for m in modules if not (package == "giftgraph" and m[1] == "setup")]


setup(packages=["giftgraph", *(f"giftgraph.{name}" for name in SUBPACKAGES)], cmdclass={"build_py": BuildPy})
