"""Arabic script helpers: normalization for matching, with offsets back to the original."""

from .normalize import Normalized, fold, normalize

__all__ = ["Normalized", "fold", "normalize"]
