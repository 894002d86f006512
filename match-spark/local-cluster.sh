#!/usr/bin/env bash
# A Spark standalone cluster on this machine, made of Spark's jars from Maven Central (no Spark
# distribution needed), to try match-spark the way a cluster runs it:
#   match-spark/local-cluster.sh start          builds match-spark and the simulator, starts a master
#                                               and one worker on 127.0.0.1 (web UIs off)
#   match-spark/local-cluster.sh submit ARGS    spark-submit against that master: match-spark.jar with
#                                               the simulator's sources, ARGS for match-spark (see --help);
#                                               MASTER=local[2] ... runs it in one JVM instead, no cluster
#   match-spark/local-cluster.sh stop           stops the worker and the master
# What it runs is what bin/spark-submit, bin/spark-class and sbin/start-*.sh of a distribution run:
# the classes org.apache.spark.deploy.{SparkSubmit,master.Master,worker.Worker} with Spark's jars.
# Files go to match-spark/target/cluster (jars, logs, the worker's folders).
set -euo pipefail
cd "$(dirname "$0")/.."
home=match-spark/target/cluster
master=${MASTER:-spark://127.0.0.1:7077}
# The JVM options Spark needs on Java 17 (those its own launcher adds; the worker adds them to the
# executors it starts).
java17="-XX:+IgnoreUnrecognizedVMOptions --add-opens=java.base/java.lang=ALL-UNNAMED \
--add-opens=java.base/java.lang.invoke=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED \
--add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED \
--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
--add-opens=java.base/java.util.concurrent=ALL-UNNAMED --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED \
--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
--add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED \
--add-opens=java.base/sun.util.calendar=ALL-UNNAMED -Djdk.reflect.useDirectMethodHandle=false \
-Dio.netty.tryReflectionSetAccessible=true"

spark_class() { # CLASS ARGS...: a Spark class on Spark's jars, as bin/spark-class runs it
  # shellcheck disable=SC2086
  java $java17 -cp "$home/jars/*" "$@"
}

case "${1:-}" in
  start)
    mvn -q -B -DskipTests -Dmaven.javadoc.skip=true install -pl match-spark,match-simulator -am
    mvn -q -B -pl match-spark dependency:copy-dependencies -DincludeScope=provided -DoutputDirectory="$PWD/$home/jars"
    mkdir -p "$home/logs" "$home/work"
    export SPARK_LOCAL_IP=127.0.0.1 # every service, web UIs included, on this machine only
    export SPARK_SCALA_VERSION=2.13 # what a distribution's scripts tell the worker, which launches executors
    SPARK_HOME=$PWD/$home nohup java $java17 -cp "$home/jars/*" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port 7077 --webui-port 0 > "$home/logs/master.log" 2>&1 &
    echo $! > "$home/master.pid"
    sleep 5
    SPARK_HOME=$PWD/$home nohup java $java17 -cp "$home/jars/*" org.apache.spark.deploy.worker.Worker \
      --host 127.0.0.1 --webui-port 0 --cores "$(nproc)" --memory 4g --work-dir "$PWD/$home/work" "$master" \
      > "$home/logs/worker.log" 2>&1 &
    echo $! > "$home/worker.pid"
    for _ in $(seq 60); do # the worker registers within a few seconds
      grep -q "Successfully registered with master" "$home/logs/worker.log" && break
      sleep 1
    done
    grep -q "Successfully registered with master" "$home/logs/worker.log" \
      || { echo "the worker did not register with the master in 60 s; see $home/logs" >&2; exit 3; }
    echo "master $master and one worker ($(nproc) cores) up; logs in $home/logs"
    ;;
  submit)
    shift
    export SPARK_LOCAL_IP=127.0.0.1
    spark_class org.apache.spark.deploy.SparkSubmit --master "$master" \
      --conf spark.driver.host=127.0.0.1 --conf spark.ui.enabled=false --executor-memory 3g \
      --class io.github.matchsim.spark.SparkSweepCommand \
      --jars match-simulator/target/match-simulator.jar match-spark/target/match-spark.jar "$@"
    ;;
  stop)
    for role in worker master; do
      [ -f "$home/$role.pid" ] && kill "$(cat "$home/$role.pid")" 2>/dev/null || true
      rm -f "$home/$role.pid"
    done
    ;;
  *)
    echo "usage: $0 start | submit MATCH-SPARK-ARGUMENTS... | stop" >&2
    exit 2
    ;;
esac
