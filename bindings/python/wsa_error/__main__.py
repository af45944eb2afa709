"""`python -m wsa_error CODE...`: see wsa_error._cli."""

from wsa_error._cli import main

if __name__ == "__main__":
    main()
