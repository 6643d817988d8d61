"""Type stubs of the compiled core (python/ghatna_module.cc)."""
import enum
from typing import List, Optional

class Format(enum.Enum):
    JSON: int
    JSON_EXPLAIN: int
    TSV: int

class Analysis(enum.Enum):
    PARSES: int
    MENTIONS: int

class Core:
    def __init__(self, data: Optional[str] = ...) -> None: ...
    @property
    def data_dir(self) -> str: ...
    def code_records(self, records: List[str], threads: int, format: Format) -> List[str]: ...
    def analyze_record(self, record: str, what: Analysis) -> str: ...

def tsv_header() -> str: ...
