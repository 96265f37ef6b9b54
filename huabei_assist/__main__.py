import sys

from huabei_assist.cli import main

sys.exit(main())
