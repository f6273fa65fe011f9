"""Operations: the read-only snapshot analysts query (`warehouse_snapshot`). Built by
`build_snapshot_asset` from the keys of every other asset, which it follows."""

from assets.operations.warehouse_snapshot import build_snapshot_asset

__all__ = ["build_snapshot_asset"]
