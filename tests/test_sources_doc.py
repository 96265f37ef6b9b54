"""docs/sources.md is generated from data/sources.toml and must not be stale."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_the_committed_sources_page_is_the_generated_one():
    script = REPO / "scripts" / "gen_sources_doc.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_the_check_fails_on_a_stale_page(tmp_path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_sources_doc", REPO / "scripts" / "gen_sources_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stale = tmp_path / "sources.md"
    stale.write_text(module.render().replace("中华人民共和国主席令第九十一号", "主席令第九十号"), encoding="utf-8")
    monkeypatch.setattr(module, "DOC", stale)
    monkeypatch.setattr(sys, "argv", ["gen_sources_doc.py", "--check"])
    assert module.main() == 1
    monkeypatch.setattr(sys, "argv", ["gen_sources_doc.py"])
    assert module.main() == 0 and "中华人民共和国主席令第九十一号" in stale.read_text(encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["gen_sources_doc.py", "--check"])
    assert module.main() == 0


def test_every_registry_entry_is_on_the_page():
    from huabei_assist.knowledge.base import Knowledge

    page = (REPO / "docs" / "sources.md").read_text(encoding="utf-8")
    for source in Knowledge().sources.sources:
        assert f"### {source.title.zh}" in page and f"`{source.id}`" in page
