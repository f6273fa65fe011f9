"""The evaluator of the tree this file stands in, for the study scripts (bench/period_study,
bench/type_study) that run with PYTHONPATH at another, older tree to study its rules: there
`import bench.extraction_quality` would find that tree's matching and conventions, not these.
A script loads this file by its path, so that it too is this tree's:

    eq = runpy.run_path(str(Path(__file__).parents[1] / "this_tree.py"))["evaluator"]()
"""

import importlib.util
import sys
from pathlib import Path


def evaluator():
    spec = importlib.util.spec_from_file_location(
        "extraction_quality", Path(__file__).parent / "extraction_quality.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module
