"""giftgraph: turn a public-records email release into an evidence-backed relationship graph."""

__version__ = "0.1.0"
__all__ = ["__version__"]
