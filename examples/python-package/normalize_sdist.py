"""Rewrite an sdist so that it depends only on its contents and SOURCE_DATE_EPOCH.

setuptools copies file times (and the build time of the generated egg-info)
into the tarball, and Python's gzip writes the current time into its header.
"""
import gzip
import io
import os
import sys
import tarfile


def normalize(path: str, epoch: int) -> None:
    with tarfile.open(path, "r:gz") as source:
        members = [(m, source.extractfile(m) if m.isfile() else None) for m in source.getmembers()]
        members = [(m, f.read() if f else None) for m, f in members]
    members.sort(key=lambda item: item[0].name)
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as target:
        for member, data in members:
            member.mtime = epoch
            member.uid = member.gid = 0
            member.uname = member.gname = ""
            member.mode = 0o755 if member.isdir() or member.mode & 0o111 else 0o644
            member.pax_headers = {}
            target.addfile(member, io.BytesIO(data) if data is not None else None)
    with open(path, "wb") as out:
        with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=epoch) as gz:
            gz.write(raw.getvalue())


if __name__ == "__main__":
    epoch = int(os.environ["SOURCE_DATE_EPOCH"])
    for sdist in sys.argv[1:]:
        normalize(sdist, epoch)
