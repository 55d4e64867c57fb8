"""Migrations and resources are found from an installed wheel, not only from a checkout."""

import os
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import REPO_ROOT


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(out),
            str(REPO_ROOT),
        ],
        check=True,
        timeout=300,
    )
    [wheel] = out.glob("facilitator-*.whl")
    site = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(site)
    return site, names


def test_wheel_contains_migrations_and_resources(unpacked_wheel):
    _, names = unpacked_wheel
    assert "facilitator/_migrations/env.py" in names
    assert any(n.startswith("facilitator/_migrations/versions/0001") for n in names)
    assert "facilitator/_resources/icons/facilitator.svg" in names


def test_installed_package_migrates_from_anywhere(unpacked_wheel, tmp_path):
    site, _ = unpacked_wheel
    elsewhere = tmp_path / "somewhere else"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    found = subprocess.run(
        [
            sys.executable,
            "-c",
            "from facilitator.locations import migrations_dir, resources_dir;"
            "print(migrations_dir()); print(resources_dir())",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split("\n")
    assert found[0].startswith(str(site)) and found[1].startswith(str(site))
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "demo", "--db", "demo.sqlite3"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (elsewhere / "demo.sqlite3").stat().st_size > 0
