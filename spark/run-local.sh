#!/usr/bin/env bash
# Runs the Spark job jar here with Spark in local mode: the same as spark-submit --master local[2], with Spark's jars
# (a 'provided' dependency of the job jar) taken from the Maven repository.
# usage: spark/run-local.sh JOB --data ./data ...   (see SparkMain for the jobs)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/find-jdk.sh
./mvnw -q -o package -pl spark -am -DskipTests >/dev/null
./mvnw -q -o dependency:build-classpath -pl spark -Dmdep.includeScope=provided -Dmdep.outputFile="$PWD/spark/target/provided.classpath" >/dev/null
OPENS=$(tr '\n' ' ' < spark/pom.xml | sed -n 's/.*<spark.opens>\(.*\)<\/spark.opens>.*/\1/p')
# JDK 24+ warns about sun.misc.Unsafe and native access on every start: Spark and Netty use both, knowingly.
if "$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow -version >/dev/null 2>&1; then
  OPENS="$OPENS --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED"
fi
exec "$JAVA_HOME/bin/java" -Xmx${SPARK_JAVA_XMX:-6g} $OPENS -cp "spark/target/chokepoint-spark-0.1.0-SNAPSHOT-job.jar:$(cat spark/target/provided.classpath)" \
  org.chokepoint.spark.SparkMain "$@" --master "${SPARK_MASTER:-local[2]}"
