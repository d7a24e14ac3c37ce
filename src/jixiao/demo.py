"""``make demo``: the main job on the bundled sample documents."""

from __future__ import annotations


def main() -> None:
    print("jixiao demo")


if __name__ == "__main__":
    main()
