#!/usr/bin/env bash
# The grading step of the ML Grader action: runs the grader once and hands its reports to the job.
#
# Needs GRADER_JAR, CATALOG, OUT_DIR and the job's GITHUB_OUTPUT, GITHUB_ENV and GITHUB_STEP_SUMMARY files; takes
# SUBMISSION (default: the working directory), CHALLENGE (default: the submission's .grader-challenge), ASSESSMENT
# and SIGNING_KEY. Everything the grader prints (which quotes the candidate's code and output) is fenced with
# ::stop-commands:: and a random token, so none of it can be a workflow command; the grader itself runs without
# the job's command files and tokens in its environment.
set -euo pipefail
: "${GRADER_JAR:?}" "${CATALOG:?}" "${OUT_DIR:?}" "${GITHUB_OUTPUT:?}" "${GITHUB_ENV:?}" "${GITHUB_STEP_SUMMARY:?}"
submission="${SUBMISSION:-$PWD}"

if [ -n "${ASSESSMENT:-}" ]; then
  what=(--assessment "$ASSESSMENT")
else
  challenge="${CHALLENGE:-}"
  if [ -z "$challenge" ] && [ -f "$submission/.grader-challenge" ]; then
    challenge=$(tr -d '[:space:]' < "$submission/.grader-challenge")
  fi
  if [ -z "$challenge" ]; then
    echo "::error title=ML Grader::no challenge given and no .grader-challenge file in the repository"
    exit 3
  fi
  what=(--challenge "$challenge")
fi

mkdir -p "$OUT_DIR"
token=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
echo "::stop-commands::${token}"
set +e
env -u GITHUB_ENV -u GITHUB_OUTPUT -u GITHUB_STEP_SUMMARY -u GITHUB_PATH -u GITHUB_STATE \
    -u ACTIONS_RUNTIME_TOKEN -u ACTIONS_ID_TOKEN_REQUEST_TOKEN -u ACTIONS_ID_TOKEN_REQUEST_URL -u SIGNING_KEY \
    MLGRADER_SIGNING_KEY="${SIGNING_KEY:-}" \
    java -jar "$GRADER_JAR" grade "$submission" "${what[@]}" --catalog "$CATALOG" \
    --format text,md,html,junit,json,classroom --out-dir "$OUT_DIR" 2>&1
code=$?
set -e
if [ -f "$OUT_DIR/report.txt" ]; then
  cat "$OUT_DIR/report.txt"
fi
echo "::${token}::"
if [ "$code" -ne 0 ]; then
  echo "::error title=ML Grader::the grader stopped with exit code $code (see the log above)"
  exit "$code"
fi

{
  echo "> [!NOTE]"
  echo "> This score is **provisional**: it comes from a workflow in this repository, which the candidate can edit."
  echo "> The instructor's own run of the grader is the authoritative grade."
  echo
  cat "$OUT_DIR/report.md"
} >> "$GITHUB_STEP_SUMMARY"
sed -n '/^runners=/p' "$OUT_DIR/classroom.env" >> "$GITHUB_OUTPUT"
sed -n '/^[A-Z0-9]*_RESULTS=/p' "$OUT_DIR/classroom.env" >> "$GITHUB_ENV"
echo "report-dir=$OUT_DIR" >> "$GITHUB_OUTPUT"
