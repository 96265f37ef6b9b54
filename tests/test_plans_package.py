"""The plans package: every name it exports comes from a module of another name (no function
shadows a submodule, as issue 11 item 8 did for credit/), and each is loaded when first asked for."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import huabei_assist.credit as credit
import huabei_assist.plans as plans


def test_no_exported_name_is_also_a_module_of_its_package():
    for package, names in ((plans, plans.__all__), (credit, credit.__all__)):
        modules = {info.name for info in pkgutil.iter_modules(package.__path__)}
        assert not modules & set(names), package.__name__


def test_every_exported_name_is_its_modules_object():
    from huabei_assist.plans import batch, build, budget_split, due_calendar, waiver

    assert (plans.budget, plans.Budget, plans.compare) == (budget_split.budget, budget_split.Budget, build.compare)
    assert (plans.due_dates, plans.run_batch, plans.waiver_estimate) == (due_calendar.due_dates, batch.run, waiver.estimate)
    assert all(getattr(plans, name) is not None for name in plans.__all__)
    assert set(plans.__all__) <= set(dir(plans))


def test_the_package_loads_an_engine_only_when_asked():
    code = ("import sys\nimport huabei_assist.plans as plans\n"
            "first = sorted(m for m in sys.modules if m.startswith('huabei_assist.plans.'))\n"
            "from huabei_assist.plans.build import compare\n"
            "print(first, 'huabei_assist.plans.batch' in sys.modules, 'csv' in sys.modules)\n"
            "plans.read_rows\nprint('huabei_assist.plans.batch' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout == "[] False False\nTrue\n", done.stderr
