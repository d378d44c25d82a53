"""The Spark engine: extraction on a cluster's executors, merging in parallel by block, Parquet out,
`wirecoder load` into SQLite or PostgreSQL. Exactly the events of the local engine (blocking.py says why).

PySpark is imported only when a session is made (engine.spark_session); `load` needs only pyarrow.
"""

from .blocking import Block, Placed, plan_blocks
from .engine import SparkReport, run_spark, spark_session
from .load import LoadReport, load

__all__ = ["Block", "LoadReport", "Placed", "SparkReport", "load", "plan_blocks", "run_spark", "spark_session"]
