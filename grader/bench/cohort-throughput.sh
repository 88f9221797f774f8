#!/usr/bin/env bash
# Throughput of `grader grade-all` on a generated cohort, against its floor and against `mvn -o -q test`.
#
#   mvn -q -B package -DskipTests && grader/bench/cohort-throughput.sh [options]
#
#   --challenge ID   challenge the cohort answers (default gradient-clipping)
#   --catalog DIR    folder holding challenges/ and starter-templates/ (default: this repository), e.g.
#                    grader/src/test/resources/fixture-catalog with --challenge toy-mean for the engine's own cost
#   --size N         submissions in the cohort (default 200)
#   --runs R         timed grade-all runs; the median is reported (default 3)
#   --jobs J         grade-all --jobs (default 2)
#   --floor K        reference copies graded one at a time to measure the floor (default 20)
#   --mvn-sample S   submissions graded with `mvn -o -q test` to extrapolate the baseline (default 10; 0 skips)
#   --keep           keep the work folder (cohort, outputs) instead of deleting it
#
# The cohort mixes correct answers (the reference and the alternative implementations), partial ones (every
# mutant in turn), broken ones (a syntax error), hostile ones (System.exit, reading /etc/passwd, starting a thread:
# rejected by the policy) and one that hangs in one method (its tests time out and the child is replaced).
#
# Figures: grade-all's wall time (JVM start, challenge preparation, grading, similarity, cohort files) over the
# cohort; the floor, i.e. the median per-submission time (warm in-memory compile + a pre-warmed single-use child
# running the tests) of reference copies graded one at a time in a warm parent; and the baseline, `mvn -o -q test`
# on a fresh copy of a project with the same public and hidden tests (via `grader bench`), timed on a sample and
# extrapolated to the cohort. The load average is printed with every figure: this machine may be shared.
#
# Needs only the JDK: CohortBench.java (run by the source launcher) writes the cohort and reads the reports.
set -euo pipefail

challenge=gradient-clipping catalog= size=200 runs=3 jobs=2 floor=20 mvn_sample=10 keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --challenge) challenge=$2; shift 2;;
    --catalog) catalog=$(cd "$2" && pwd); shift 2;;
    --size) size=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --jobs) jobs=$2; shift 2;;
    --floor) floor=$2; shift 2;;
    --mvn-sample) mvn_sample=$2; shift 2;;
    --keep) keep=true; shift;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2;;
  esac
done

root=$(cd "$(dirname "$0")/../.." && pwd)
catalog=${catalog:-$root}
jar=$root/grader/target/grader.jar
[ -f "$jar" ] || { echo "build the grader first: mvn -q -B package -DskipTests" >&2; exit 2; }
work=$(mktemp -d "${TMPDIR:-/tmp}/mlgrader-cohort-bench.XXXXXX")
$keep || trap 'rm -rf "$work"' EXIT
grader() { java -jar "$jar" "$@"; }
grader_on() { local command=$1; shift; grader "$command" --catalog "$catalog" "$@"; } # a command on the chosen catalogue
cohort_bench() { java -cp "$root/grader/target/lib/*" "$root/grader/bench/CohortBench.java" "$@"; } # cohort files and report reading
load() { cut -d' ' -f1-3 /proc/loadavg; }
now() { date +%s.%N; }
calc() { awk "BEGIN { print $* }"; }
busy() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat; } # CPU seconds the machine has been busy

echo "challenge $challenge, $size submissions, $runs runs, --jobs $jobs, $(nproc) cores, work folder $work"

# 1. The cohort.
cohort_bench generate "$catalog/challenges/$challenge" "$size" "$work/cohort" "$work/floor-cohort" "$floor"

# 2. grade-all, median of several runs.
grader_on grade-all "$work/floor-cohort" -c "$challenge" --out-dir "$work/warmup" --jobs 1 --no-similarity >/dev/null 2>&1 # fills the compile cache
declare -a rates cpus
for r in $(seq 1 "$runs"); do
  before=$(load); t0=$(now)
  # CPU is the machine's busy time during the run (/proc/stat): it counts the grader and every sandboxed child,
  # whoever reaps them (bash's time sees only what the grader itself waited for). Run it on a quiet machine.
  cpu0=$(busy)
  grader_on grade-all "$work/cohort" -c "$challenge" --out-dir "$work/out$r" --jobs "$jobs" > "$work/run$r.log" 2>/dev/null
  cpu=$(calc "$(busy) - $cpu0")
  t1=$(now); after=$(load)
  wall=$(calc "$t1 - $t0")
  rate=$(calc "$size / $wall")
  rates+=("$rate")
  cpus+=("$(calc "1000 * $cpu / $size")")
  printf 'run %d: %6.1f s wall, %5.2f submissions/s, %4.0f ms CPU per submission  [load %s -> %s]\n  %s\n  %s\n' "$r" "$wall" "$rate" \
    "$(calc "1000 * $cpu / $size")" "$before" "$after" "$(grep '^graded' "$work/run$r.log")" "$(grep '^similarity' "$work/run$r.log" | head -1)"
done
median_of() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
median=$(printf '%s\n' "${rates[@]}" | median_of)
median_cpu=$(printf '%s\n' "${cpus[@]}" | median_of)
outcomes=$(cohort_bench outcomes "$work/out1")
echo "outcomes (run 1): $outcomes"

# 3. The floor: reference copies graded one at a time in a warm parent, each with a pre-warmed child.
before=$(load)
cpu0=$(busy)
grader_on grade-all "$work/floor-cohort" -c "$challenge" --out-dir "$work/floor-out" --jobs 1 --no-similarity >/dev/null 2>&1
after=$(load)
floor_cpu=$(calc "1000 * ($(busy) - $cpu0) / $floor")
floor_ms=$(cohort_bench median-duration "$work/floor-out")

# 4. The baseline: mvn -o -q test on a fresh project per submission, sampled and extrapolated.
mvn_ms=""
if [ "$mvn_sample" -gt 0 ]; then
  mbefore=$(load)
  sample=$(ls "$work/cohort" | awk -v n="$size" -v s="$mvn_sample" 'NR % int(n / s) == 1' | head -n "$mvn_sample")
  total=0 count=0
  for c in $sample; do
    ms=$(grader_on bench "$work/cohort/$c" -c "$challenge" --runs 1 2>/dev/null | awk '/mvn -o -q test \(fresh checkout\)/ { for (i = 1; i < NF; i++) if ($i == "median") print $(i + 1) }')
    [ -n "$ms" ] && total=$(calc "$total + $ms") && count=$((count + 1))
  done
  mafter=$(load)
  [ "$count" -gt 0 ] && mvn_ms=$(calc "$total / $count")
fi

echo
echo "== $challenge, $size submissions, --jobs $jobs, $(nproc) cores, $(java -jar "$jar" --version)"
printf 'grade-all         median %5.2f submissions/s over %d runs (wall time of the whole command)\n' "$median" "$runs"
printf '                  median %5.0f ms CPU per submission (machine busy time): at most %4.2f submissions/s on %d idle cores\n' \
  "$median_cpu" "$(calc "1000 * $(nproc) / $median_cpu")" "$(nproc)"
printf 'floor             %5.0f ms per submission one at a time = %5.2f submissions/s per job; %4.0f ms CPU each  [load %s -> %s]\n' \
  "$floor_ms" "$(calc "1000 / $floor_ms")" "$floor_cpu" "$before" "$after"
if [ -n "$mvn_ms" ]; then
  printf 'mvn -o -q test    %5.0f ms per submission (mean of %d sampled, fresh project each) = %5.2f submissions/s;\n' \
    "$mvn_ms" "$count" "$(calc "1000 / $mvn_ms")"
  printf '                  extrapolated: %d submissions one after another take %5.0f s  [load %s -> %s]\n' \
    "$size" "$(calc "$size * $mvn_ms / 1000")" "$mbefore" "$mafter"
fi
