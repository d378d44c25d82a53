"""The command line as a script for spark-submit, which runs a file rather than a module:

    spark-submit --master yarn ... "$(python -c 'import wirecoder.spark.submit as s; print(s.__file__)')" \\
        process INPUT --engine spark --out DIR

The master and the rest of the configuration come from spark-submit (engine.spark_session reads them)."""

from wirecoder.cli import main

if __name__ == "__main__":
    main()
