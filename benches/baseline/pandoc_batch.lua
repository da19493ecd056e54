-- The in-process counterpart of pandoc_batch.sh: pandoc's command line cannot convert
-- several files into separate outputs in one process, but its Lua interpreter can.
--
--   pandoc lua pandoc_batch.lua OUTDIR MDFILES...
--
-- Same conversion as pandoc_batch.sh (gfm -> standalone html5 with the default template,
-- pagetitle "<parent dir> <stem>"; the <body> comes out byte for byte the same), same
-- output names (OUTDIR/<parent dir>-<stem>.html). The first file is converted once as a
-- warm-up and not counted. Prints one JSON line on stdout with per-file times; these are
-- CPU times (os.clock: stock Lua has no fine wall clock), read + convert + write.
local out = arg[1]
assert(out and #arg >= 2, 'usage: pandoc lua pandoc_batch.lua OUTDIR MDFILES...')
pandoc.system.make_directory(out, true)
local tpl = pandoc.template.compile(pandoc.template.default('html5'))

local function convert(md)
  local dir = pandoc.path.filename(pandoc.path.directory(pandoc.path.make_relative(md, '/')))
  local stem = pandoc.path.split_extension(pandoc.path.filename(md))
  local f = assert(io.open(md)); local text = f:read('a'); f:close()
  local doc = pandoc.read(text, 'gfm')
  local html = pandoc.write(doc, 'html5',
    {template = tpl, variables = {pagetitle = dir .. ' ' .. stem}})
  local o = assert(io.open(out .. '/' .. dir .. '-' .. stem .. '.html', 'w'))
  o:write(html); o:close()
end

convert(arg[2]) -- warm-up
local times = {}
for i = 2, #arg do
  local t0 = os.clock()
  convert(arg[i])
  times[#times + 1] = os.clock() - t0
end

local sum = 0
for _, t in ipairs(times) do sum = sum + t end
table.sort(times)
local n = #times
local med = (n % 2 == 1) and times[(n + 1) // 2] or (times[n // 2] + times[n // 2 + 1]) / 2
print(string.format(
  '{"n": %d, "total_cpu_s": %.4f, "per_file_cpu_ms_median": %.2f, "per_file_cpu_ms_mean": %.2f, "pandoc": "%s"}',
  n, sum, med * 1000, sum / n * 1000, tostring(PANDOC_VERSION)))
