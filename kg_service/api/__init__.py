"""The HTTP service: thin FastAPI routers over the stored queries and the store."""
