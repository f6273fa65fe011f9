"""EntityIndex.load: one index per file content, shared by callers; an edited file is seen."""

import os

import pytest
import yaml

from suanli.entities import EntityIndex
from suanli.paths import REFERENCE_DIR

GPUS_V1 = """\
entities:
  - {canonical: NVIDIA, kind: vendor, vendor: null, aliases: [NVIDIA, 英伟达]}
  - {canonical: H100, kind: gpu, vendor: NVIDIA, aliases: [H100]}
"""
# Same length as V1, so neither the size nor (restored below) the mtime tells them apart.
GPUS_V2 = GPUS_V1.replace("H100", "H800")


def canonicals(index: EntityIndex) -> list[str]:
    return [e.canonical for e in index]


def test_the_seed_reference_parses_as_the_pure_python_loader_reads_it():
    """libyaml (CSafeLoader), when present, reads the seed file exactly as PyYAML's SafeLoader."""
    path = REFERENCE_DIR / "entities.yaml"
    document = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    expected = [
        (
            item["canonical"],
            item["kind"],
            item.get("vendor"),
            tuple(dict.fromkeys([item["canonical"], *item.get("aliases", [])])),
        )
        for item in document["entities"]
    ]
    index = EntityIndex.load(path)
    assert [(e.canonical, e.kind, e.vendor, e.aliases) for e in index] == expected


def test_loads_of_the_same_file_share_one_index(tmp_path):
    assert EntityIndex.load() is EntityIndex.load()
    copy = tmp_path / "entities.yaml"
    copy.write_bytes((REFERENCE_DIR / "entities.yaml").read_bytes())
    # The same content elsewhere is the same index.
    assert EntityIndex.load(copy) is EntityIndex.load()


def test_an_edited_file_is_seen_on_the_next_load(tmp_path):
    path = tmp_path / "entities.yaml"
    path.write_text(GPUS_V1, encoding="utf-8")
    first = EntityIndex.load(path)
    stat = path.stat()

    path.write_text(GPUS_V2, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    second = EntityIndex.load(path)

    assert canonicals(first) == ["NVIDIA", "H100"]
    assert canonicals(second) == ["NVIDIA", "H800"]
    assert second.resolve("英伟达H800").canonical == "H800"
    assert second.resolve("H100") is None
    path.write_text(GPUS_V1, encoding="utf-8")
    assert EntityIndex.load(path) is first


def test_a_bad_file_fails_every_time_until_fixed(tmp_path):
    path = tmp_path / "entities.yaml"
    path.write_text(GPUS_V1.replace("kind: gpu", "kind: chip"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ValueError, match="unknown kind 'chip'"):
            EntityIndex.load(path)
    path.write_text(GPUS_V1, encoding="utf-8")
    assert canonicals(EntityIndex.load(path)) == ["NVIDIA", "H100"]


def test_a_subclass_gets_its_own_index(tmp_path):
    class Custom(EntityIndex):
        pass

    path = tmp_path / "entities.yaml"
    path.write_text(GPUS_V1, encoding="utf-8")
    custom = Custom.load(path)
    assert type(custom) is Custom
    assert type(EntityIndex.load(path)) is EntityIndex
