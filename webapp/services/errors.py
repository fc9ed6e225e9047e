"""The small family of errors services raise; views turn them into pages or JSON."""


class ServiceError(Exception):
    code = "error"
    http_status = 400

    def __init__(self, message: str, details: dict | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


class Invalid(ServiceError):
    code = "invalid"
    http_status = 400


class NotFound(ServiceError):
    code = "not_found"
    http_status = 404


class Forbidden(ServiceError):
    code = "forbidden"
    http_status = 403


class Conflict(ServiceError):
    code = "conflict"
    http_status = 409
