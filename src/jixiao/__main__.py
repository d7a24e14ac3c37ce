"""``python -m jixiao``: the same command line as the ``jixiao`` script, for a machine where only the interpreter is
on the path (a closed network's shared Python, a venv not activated)."""

from jixiao.cli import main

if __name__ == "__main__":
    main()
