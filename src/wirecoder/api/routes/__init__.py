"""The API's routes, one module per resource; each `router(settings)` builds its APIRouter
(settings set the limits the OpenAPI document states)."""
