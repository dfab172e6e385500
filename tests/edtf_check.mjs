// edtf_check.mjs: reads "id<TAB>date<TAB>start<TAB>end" lines (our GraphML's
// values; start/end empty when absent) and checks each date with edtf.js, an
// independent EDTF implementation: the text must parse, and its min/max
// must be our first day's 00:00 and our last day's 23:59:59.999 (-Infinity
// / Infinity for an open end, null for an unknown one, as edtf.js has it).
// Known differences are listed with their reason and reported, not failed.
// Usage: node edtf_check.mjs EDTF_MODULE_DIR < values.tsv
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { join } from 'node:path'

const moduleDir = process.argv[2]
const pkg = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8'))
const { default: edtf } = await import(
  pathToFileURL(join(moduleDir, pkg.exports?.['.']?.import ?? pkg.module ?? pkg.main)).href)

// Where edtf.js computes other bounds than EDTF says, by the pattern of our
// `date` value; README's Dates section gives the details.
const knownDifferences = [
  [/^Y?-?\d+S\d+$/, 'edtf.js ignores significant digits (EDTF: 1950S2 is a year in 1900-1999)'],
  [/^-\d{4}-(2[1-9]|3\d|4[01])$/, 'edtf.js drops the minus sign of a season\'s year in its max (-0043-33 ends in 0043)'],
  [/-3[78]([~?%]|\/|$)/, 'edtf.js ends quadrimester 37 on 31 May and starts 38 in May (EDTF: thirds of the year, Jan-Apr, May-Aug)'],
]

const DAY = 86400000
function dayMs(text) { // ISO day, possibly -YYYY or +YYYYY
  const m = /^([+-]?)(\d{4,})-(\d\d)-(\d\d)$/.exec(text)
  if (!m) throw new Error(`not an ISO day: ${text}`)
  const d = new Date(0)
  d.setUTCFullYear((m[1] === '-' ? -1 : 1) * Number(m[2]), Number(m[3]) - 1, Number(m[4]))
  d.setUTCHours(0, 0, 0, 0)
  return d.getTime()
}
function show(ms) {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return String(ms)
  const d = new Date(ms)
  const y = d.getUTCFullYear()
  return `${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}-` +
    `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`
}

let checked = 0, agreeing = 0, differing = 0, failed = 0
const lines = readFileSync(0, 'utf8').split('\n').filter(Boolean)
for (const line of lines) {
  const [id, date, start, end] = line.split('\t')
  checked++
  let parsed
  try { parsed = edtf(date) } catch (e) {
    failed++
    console.log(`FAIL edtf.${id}: edtf.js rejects '${date}': ${e.message.split('\n')[0]}`)
    continue
  }
  const unknownStart = date.startsWith('/')
  const unknownEnd = date.endsWith('/')
  const wantMin = start ? dayMs(start) : (unknownStart ? null : -Infinity)
  const wantMax = end ? dayMs(end) + DAY - 1 : (unknownEnd ? null : Infinity)
  const ok = parsed.min === wantMin && parsed.max === wantMax
  const what = `'${date}': ours ${start || '-'}..${end || '-'}, edtf.js ${show(parsed.min)}..${show(parsed.max)}`
  if (ok) {
    agreeing++
    console.log(`PASS edtf.${id}`)
    continue
  }
  const known = knownDifferences.find(([pattern]) => pattern.test(date))
  if (known) {
    differing++
    console.log(`PASS edtf.${id}: known difference ${what}: ${known[1]}`)
  } else {
    failed++
    console.log(`FAIL edtf.${id}: ${what}`)
  }
}
console.error(`edtf.js ${pkg.version}: ${checked} forms checked, ${agreeing} agree, ` +
  `${differing} differ for known reasons, ${failed} fail`)
process.exit(failed ? 1 : 0)
