#!/usr/bin/env bash
# A clone of the project alone must pass `npm test`: no code, test or script may read the `shared/` folder
# that sits beside the checkout on the team's machines. Two checks: no tracked file outside docs names it, and
# the tests that read fixture files pass from a clone in an empty folder (nothing beside it).
set -euo pipefail
cd "$(dirname "$0")/.."

# `../shared` is fine where it resolves inside the checkout (src/shared, the code's own vocabulary); it is the
# team's folder when it resolves outside it, and the folder's own subfolders are named nowhere.
root=$PWD
outside=()
while IFS=: read -r file line text; do
  for ref in $(grep -oE "(\.\./)+shared" <<<"$text"); do
    resolved=$(realpath -m "$(dirname "$root/$file")/$ref")
    [[ "$resolved" == "$root"/* ]] || outside+=("$file:$line: $ref")
  done
done < <(git grep -nE "\.\./shared" -- ':!*.md' ':!scripts/check-self-contained.sh' || true)
while IFS= read -r hit; do outside+=("$hit"); done < <(
  git grep -nE "/shared/(conformance|research|docs)" -- ':!*.md' ':!scripts/check-self-contained.sh' || true
)
if [ ${#outside[@]} -gt 0 ]; then
  printf '%s\n' "${outside[@]}"
  echo "check-self-contained: the files above read ../shared; copy what they need into fixtures/" >&2
  exit 1
fi

alone=$(mktemp -d)
trap 'rm -rf "$alone"' EXIT
git clone -q . "$alone/centinela"
ln -s "$PWD/node_modules" "$alone/centinela/node_modules"
(cd "$alone/centinela" && env -u DATABASE_URL npx vitest run src/epcis/validate.test.ts src/epcis/capture.test.ts --reporter=dot)
echo "check-self-contained: ok"
