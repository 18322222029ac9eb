import sys

from portal.solr_standin.server import main

sys.exit(main())
