"""Where the project's own files live, independent of the current working directory."""

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = PROJECT_ROOT / "seeds"
REFERENCE_DIR = SEEDS_DIR / "reference"
WAREHOUSE_DIR = PROJECT_ROOT / "warehouse"
SQL_DIR = WAREHOUSE_DIR / "sql"
# CREATE TABLE/VIEW/MACRO and COMMENT ON, one file per area; mart queries are in SQL_DIR / "marts".
DDL_DIR = SQL_DIR / "ddl"


def resolve(path: str | Path, base: Path = PROJECT_ROOT) -> Path:
    """`path` relative to the project root (or `base`) made absolute; absolute ones pass through."""
    candidate = Path(path).expanduser()
    return candidate if candidate.is_absolute() else (base / candidate).resolve()
