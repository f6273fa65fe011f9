"""reference_accelerators: the accelerator specifications seed file as a table."""

import dagster as dg

from assets.common import daily_asset
from assets.marts.shared import mirror_seed, reference_spec
from assets.resources import WarehouseResource
from suanli.marts import load_accelerators
from suanli.marts.reference import ACCELERATORS_PATH, EVERY_ROW_SOURCED
from suanli.marts.reference_accelerators import NVIDIA_REFERENCES_PRESENT, run_checks

TABLE = "reference_accelerators"


@daily_asset(
    **reference_spec(
        TABLE,
        ACCELERATORS_PATH,
        {
            EVERY_ROW_SOURCED: "Every accelerator row names its publisher and document and a URL.",
            NVIDIA_REFERENCES_PRESENT: "The NVIDIA A100 and H100 are listed with dense FP16 "
            "figures: every ratio needs them.",
        },
    )
)
def reference_accelerators(context: dg.AssetExecutionContext, warehouse: WarehouseResource):
    """Accelerator specifications (FP16/BF16/INT8/FP64, memory, power) with their sources."""
    yield from mirror_seed(warehouse, TABLE, load_accelerators(), run_checks)
