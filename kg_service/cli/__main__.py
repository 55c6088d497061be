from kg_service.cli import main

raise SystemExit(main())
