"""Learned models: the model file format, and the bundled models loaded on first use.

A model file (format 1, little-endian) is ``b"SMMODEL1"``, the length of a JSON header as a
uint32, the header, then the arrays it lists (``name``, ``dtype``, ``shape``, ``offset`` from
the start of the data). The header's ``checksum`` is the CRC-32 (zlib's) of the data, in
hex, so that a corrupt or truncated file is refused. The C++ core reads the same format
(``cpp/include/stancemap/model.hpp``); the training scripts in ``training/`` write it with
:func:`write_model`. Reading and writing need only numpy.

The bundled models are loaded lazily: ``import stancemap`` reads no model file.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from typing import Any, Literal, Union

from stancemap import _core
from stancemap._lazy import np
from stancemap.data import data_path

__all__ = [
    "MODEL_NAMES",
    "RELATION_LABELS",
    "ModelName",
    "load_fast_model",
    "load_relation_model",
    "load_target_model",
    "read_model",
    "write_model",
]

PathLike = Union[str, "os.PathLike[str]"]
ModelName = Literal["fast", "accurate"]
MODEL_NAMES: tuple[str, ...] = ("fast", "accurate")
MAGIC = b"SMMODEL1"
LABELS = ("negative", "neutral", "positive")
# The labels of the relation model (Park, Pan & Joo 2021), entity 1 the earlier mention.
RELATION_LABELS = ("neutral", "1->2 positive", "2->1 positive", "1->2 negative", "2->1 negative")
_DTYPES = {"float32": "<f4", "int8": "i1"}  # numpy dtype strings, little-endian


def write_model(path: PathLike, header: dict[str, Any], arrays: dict[str, np.ndarray]) -> None:
    """Write a model file: ``header`` (JSON-able; ``arrays`` and ``checksum`` are filled in)
    and the arrays (float32 or int8), each at an 8-byte aligned offset."""
    blobs = []
    entries = []
    offset = 0
    for name, array in arrays.items():
        dtype = "int8" if array.dtype == np.int8 else "float32"
        data = np.ascontiguousarray(array, dtype=_DTYPES[dtype]).tobytes()
        pad = (-offset) % 8
        blobs.append(b"\0" * pad)
        offset += pad
        entries.append({"name": name, "dtype": dtype, "shape": list(array.shape), "offset": offset})
        blobs.append(data)
        offset += len(data)
    body = b"".join(blobs)
    head = dict(header, arrays=entries, checksum=f"{zlib.crc32(body):08x}")
    head_bytes = json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as handle:
        handle.write(MAGIC + struct.pack("<I", len(head_bytes)) + head_bytes + body)


def read_model(path: PathLike, verify: bool = True) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    """The header and arrays of a model file (``ValueError`` if it is not one)."""
    with open(path, "rb") as handle:
        raw = handle.read()
    if raw[:8] != MAGIC or len(raw) < 12:
        raise ValueError(f"model file {os.fspath(path)!r} does not start with {MAGIC!r}")
    (size,) = struct.unpack("<I", raw[8:12])
    header = json.loads(raw[12 : 12 + size].decode("utf-8"))
    body = raw[12 + size :]
    if verify and header.get("checksum") != f"{zlib.crc32(body):08x}":
        raise ValueError(f"model file {os.fspath(path)!r}: checksum mismatch (corrupt)")
    arrays = {}
    for entry in header["arrays"]:
        dtype = _DTYPES[entry["dtype"]]
        count = int(np.prod(entry["shape"]))
        arrays[entry["name"]] = np.frombuffer(
            body, dtype=dtype, count=count, offset=entry["offset"]
        ).reshape(entry["shape"])
    return header, arrays


_LOADED: dict[str, _core.TargetModel | _core.SequenceModel] = {}


def model_path(name: str) -> str:
    """The path of a bundled model file."""
    if name not in MODEL_NAMES:
        raise ValueError(f"model must be one of {', '.join(map(repr, MODEL_NAMES))}, not {name!r}")
    return data_path(os.path.join("models", f"target_{name}.smm"))


def load_target_model(name: str = "fast") -> _core.TargetModel | _core.SequenceModel:
    """The bundled target-sentiment model ``name``, read on first use and kept: ``"fast"``
    (a ``TargetModel``) or ``"accurate"`` (a ``SequenceModel``, which reads the fast model's
    word vectors and named features, so that it loads that one too)."""
    model = _LOADED.get(name)
    if model is None:
        if name == "accurate":
            fast = load_fast_model()
            model = _core.SequenceModel.load(model_path(name), fast)
        else:
            from stancemap.sentiment import SentimentLexicon

            model = _core.TargetModel.load(model_path(name), SentimentLexicon.default()._core)
        _LOADED[name] = model
    return model


def load_fast_model() -> _core.TargetModel:
    """The bundled ``fast`` model (typed: its features feed the other models)."""
    model = load_target_model("fast")
    assert isinstance(model, _core.TargetModel)
    return model


_RELATIONS: list[_core.RelationModel] = []


def relation_model_path() -> str:
    """The path of the bundled relation model (``doc.stance(relations="rules+model")``)."""
    return data_path(os.path.join("models", "relations.smm"))


def load_relation_model() -> _core.RelationModel:
    """The bundled relation model, read on first use and kept (it reads the ``fast`` target
    model's features)."""
    if not _RELATIONS:
        _RELATIONS.append(_core.RelationModel.load(relation_model_path(), load_fast_model()))
    return _RELATIONS[0]
