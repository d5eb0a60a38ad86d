"""The received files' folder beside the data file: each file kept once, by its SHA-256, before
the history records it."""

from __future__ import annotations

import errno

import pytest

from lak_desktop.core.figures import MonthlyFigures
from lak_desktop.storage import StorageError
from lak_desktop.storage.received import ReceivedFiles, digest_of
from lak_desktop.storage.repository import SubmissionRecord
from tests.helpers import db_dump


def record_of(content: bytes, name: str = "LAK_2022-03_NAMKA.xlsx") -> SubmissionRecord:
    return SubmissionRecord(
        2022, "NAMKA", 3, 1, "2022-04-01T09:00:00", "2022-04-02", name, digest_of(content),
        "accepted", "",
    )  # fmt: skip


MARCH = [MonthlyFigures("NAMKA", 2022, 3, {"received_total": 10, "received_online": 4})]


def test_the_same_bytes_are_kept_once_and_given_back_checked(tmp_path):
    files = ReceivedFiles(tmp_path / "received")
    content = b"PK\x03\x04 a workbook"
    digest = files.put(content)
    assert files.put(content) == digest == digest_of(content)
    assert [p.name for p in (tmp_path / "received").rglob("*") if p.is_file()] == [f"{digest}.xlsx"]
    assert files.get(digest) == content
    assert files.get(digest_of(b"never kept")) is None
    # A file changed on the disk is no longer the file kept: it is not given back as it, and
    # keeping the bytes again puts them back.
    files.path_of(digest).write_bytes(b"PK\x03\x04 a workbook, edited")
    assert files.get(digest) is None
    assert files.put(content) == digest and files.get(digest) == content
    assert not list((tmp_path / "received").rglob("*.tmp"))


def test_a_file_is_kept_before_its_history_records_it(repo, monkeypatch):
    content = b"PK\x03\x04 March"
    seen = []
    save = repo.save_figures

    def save_figures(items, source, **kw):  # runs inside the recording transaction
        seen.append(repo.received.get(digest_of(content)))
        return save(items, source, **kw)

    monkeypatch.setattr(repo, "save_figures", save_figures)
    repo.record_submission(record_of(content), MARCH, content, apply=True)
    assert seen == [content]
    [kept] = repo.submissions(2022)
    assert repo.submission_content(kept.id) == ("LAK_2022-03_NAMKA.xlsx", content)


def test_files_recorded_together_are_synced_once_each_before_their_commit(repo, monkeypatch):
    """An import's batch records several files in one transaction: each file is written at its
    record, and all of them are put on the disk, once, before the commit makes the records
    seen; a rolled-back batch syncs nothing."""
    import sqlite3

    contents = [b"PK\x03\x04 March", b"PK\x03\x04 April", b"PK\x03\x04 March"]  # one twice
    synced: list[list[str]] = []
    seen_by_others: list[int] = []
    real_sync = ReceivedFiles.sync

    def sync(self, digests):
        with sqlite3.connect(repo.path) as other:
            seen_by_others.append(other.execute("SELECT COUNT(*) FROM submissions").fetchone()[0])
        synced.append(list(digests))
        assert all(self.get(d) is not None for d in digests)  # written before
        real_sync(self, digests)

    monkeypatch.setattr(ReceivedFiles, "sync", sync)
    with repo.transaction():
        for n, content in enumerate(contents):
            repo.record_submission(record_of(content, f"f{n}.xlsx"), MARCH, content, apply=n == 0)
    assert synced == [[digest_of(c) for c in contents[:2]]] and seen_by_others == [0]
    assert len(repo.submissions(2022)) == 3
    with pytest.raises(RuntimeError), repo.transaction():
        repo.record_submission(record_of(b"PK May", "may.xlsx"), MARCH, b"PK May", apply=False)
        raise RuntimeError("the import stopped")
    repo.record_submission(record_of(b"PK June", "june.xlsx"), MARCH, b"PK June", apply=False)
    assert synced[1:] == [[digest_of(b"PK June")]]  # May's was left unsynced, unnamed
    assert len(repo.submissions(2022)) == 4


def test_a_sync_that_fails_rolls_the_records_back_with_a_plain_message(repo, monkeypatch):
    before = db_dump(repo.path)

    def fail(self, digests):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(ReceivedFiles, "sync", fail)
    with pytest.raises(StorageError):
        repo.record_submission(record_of(b"PK"), MARCH, b"PK", apply=True)
    assert db_dump(repo.path) == before
    monkeypatch.undo()
    repo.record_submission(record_of(b"PK"), MARCH, b"PK", apply=True)  # works again
    assert len(repo.submissions(2022)) == 1


def test_a_record_that_fails_leaves_the_data_file_as_it_was(repo, monkeypatch):
    """The file kept stays (no record names it; the same bytes are the same file when they come
    again); the data file is untouched."""
    content = b"PK\x03\x04 March"
    before = db_dump(repo.path)

    def fail(*args, **kw):
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(repo, "save_figures", fail)
    with pytest.raises(RuntimeError):
        repo.record_submission(record_of(content), MARCH, content, apply=True)
    assert db_dump(repo.path) == before
    assert repo.received.get(digest_of(content)) == content


def test_a_full_disk_stops_the_record_with_a_plain_message(repo, monkeypatch):
    before = db_dump(repo.path)

    def full(self, content, **kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ReceivedFiles, "put", full)
    with pytest.raises(StorageError) as caught:
        repo.record_submission(record_of(b"PK"), MARCH, b"PK", apply=True)
    assert caught.value.kind == "full" and "đã đầy" in str(caught.value)
    assert db_dump(repo.path) == before


def test_a_record_must_name_its_file_by_what_it_holds(repo):
    with pytest.raises(ValueError):
        repo.record_submission(record_of(b"PK one"), MARCH, b"PK another", apply=True)
    assert repo.submissions(2022) == []


def test_a_copy_on_a_stick_takes_the_received_files_and_a_restore_brings_them_back(
    office_demo, tmp_path
):
    """The rotating backups are the data file only (the received files beside it stay); a copy
    made elsewhere takes along the files it lacks, and a restore from it on another PC brings
    them back, so the originals can be saved again there."""
    from lak_desktop.storage import open_repository
    from lak_desktop.storage.backup import make_backup, restore

    repo = open_repository(office_demo, daily_backup=False)
    first = repo.submissions(2022)[0]
    _, original = repo.submission_content(first.id)
    kept = sorted(p.name for p in repo.received.folder.rglob("*.xlsx"))
    rotating = make_backup(office_demo, "manual")
    assert not (rotating.parent / "received").exists()
    stick = tmp_path / "stick"
    stick.mkdir()
    copy = make_backup(office_demo, "manual", stick)
    assert sorted(p.name for p in (stick / "received").rglob("*.xlsx")) == kept
    repo.close()
    # A second copy on the same stick copies nothing again.
    assert (
        ReceivedFiles(office_demo.parent / "received").copy_into(ReceivedFiles(stick / "received"))
        == 0
    )
    new_pc = tmp_path / "new-pc" / "lak.sqlite"
    new_pc.parent.mkdir()
    open_repository(new_pc, daily_backup=False).close()
    restore(new_pc, copy)
    repo = open_repository(new_pc, daily_backup=False)
    try:
        assert repo.submission_content(first.id) == (first.file_name, original)
    finally:
        repo.close()


def test_a_full_disk_while_the_files_move_out_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """Migration m009 moves the received files out of the data file; a disk that fills up on
    the way stops it with the plain message, and the data file keeps every file inside."""
    import shutil
    import sqlite3

    from lak_desktop.storage import migrations, open_repository
    from tests.conftest import FIXTURES

    old = tmp_path / "lak.sqlite"
    shutil.copy(FIXTURES / "db-m008.sqlite", old)
    before = db_dump(old)
    real_put = ReceivedFiles.put
    calls = []

    def put_until_full(self, content, **kw):
        calls.append(1)
        if len(calls) > 20:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_put(self, content, **kw)

    monkeypatch.setattr(ReceivedFiles, "put", put_until_full)
    with pytest.raises(StorageError) as caught:
        open_repository(old, daily_backup=False)
    assert caught.value.kind == "full"
    assert db_dump(old) == before
    with sqlite3.connect(old) as con:
        assert con.execute("SELECT COUNT(*) FROM submission_files").fetchone() == (57,)
        assert migrations.pending(con)[0] == "m009_received_files_in_a_folder"
    monkeypatch.setattr(ReceivedFiles, "put", real_put)  # room again: the next open moves them
    repo = open_repository(old, daily_backup=False)
    try:
        assert migrations.pending(repo.db) == []
        assert all(repo.submission_content(s.id) for s in repo.submissions(2022))
    finally:
        repo.close()


def test_a_received_file_changed_on_the_disk_is_not_given_as_the_original(repo):
    content = b"PK\x03\x04 March"
    repo.record_submission(record_of(content), MARCH, content, apply=False)
    [kept] = repo.submissions(2022)
    repo.received.path_of(kept.file_sha256).write_bytes(b"PK\x03\x04 March, edited")
    with pytest.raises(StorageError) as caught:
        repo.submission_content(kept.id)
    assert caught.value.kind == "missing" and "đã bị sửa" in str(caught.value)
    assert repo.submission_content(kept.id + 1) is None  # no file has that number


def test_what_a_killed_program_left_is_tidied_at_the_first_open_of_the_day(repo):
    """A program killed while it wrote a received file leaves a temporary file, which no record
    names: the first open of a day removes it once it is a day old; a temporary file being
    written now, and every kept file, stay."""
    import os
    import time

    from lak_desktop.storage import open_repository

    content = b"PK\x03\x04 March"
    repo.record_submission(record_of(content), MARCH, content, apply=True)
    kept = repo.received.path_of(digest_of(content))
    left = kept.parent / ".abc123.tmp"
    writing = kept.parent / ".def456.tmp"
    for path in (left, writing):
        path.write_bytes(b"PK\x03\x04 half")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(left, (two_days_ago, two_days_ago))
    path = repo.path
    repo.close()
    again = open_repository(path)  # the day's first open: backup, then tidying
    try:
        assert not left.exists() and writing.exists()
        assert again.submission_content(again.submissions(2022)[0].id)[1] == content
    finally:
        again.close()
    assert ReceivedFiles(kept.parent.parent).tidy(older_than=0) == 1 and not writing.exists()
    assert kept.read_bytes() == content
