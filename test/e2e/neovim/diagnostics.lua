-- Neovim as a second LSP client of the smm language server, through its built-in client only
-- (vim.lsp.start_client and buf_attach_client, which Neovim 0.7 from Debian already has).
-- Loaded with `nvim --headless -u diagnostics.lua FILE`; starts `SMM_NODE SMM_SERVER --stdio` for FILE,
-- waits until the server published diagnostics for it and writes them as JSON to SMM_OUT:
-- { "diagnostics": [ { "line", "column" (one-based), "code", "message", "severity", "source" } ] },
-- or { "error": "…" } with exit code 1.

local node = assert(os.getenv('SMM_NODE'), 'SMM_NODE is not set')
local server = assert(os.getenv('SMM_SERVER'), 'SMM_SERVER is not set')
local out = assert(os.getenv('SMM_OUT'), 'SMM_OUT is not set')
local locale = os.getenv('SMM_LOCALE') or 'en'
local timeout_ms = tonumber(os.getenv('SMM_TIMEOUT_MS') or '20000')

local function finish(result)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  if result.error then
    vim.cmd('cquit 1')
  else
    vim.cmd('qall!')
  end
end

local function collect(buffer)
  local severities = { 'error', 'warning', 'info', 'hint' }
  local result = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(buffer)) do
    local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
    -- Neovim counts columns in bytes; LSP (and `smm check`) in UTF-16 code units.
    local text = vim.api.nvim_buf_get_lines(buffer, diagnostic.lnum, diagnostic.lnum + 1, false)[1] or ''
    local _, utf16 = vim.str_utfindex(text, math.min(diagnostic.col, #text))
    table.insert(result, {
      line = diagnostic.lnum + 1,
      column = utf16 + 1,
      code = diagnostic.code or lsp.code,
      message = diagnostic.message,
      severity = severities[diagnostic.severity],
      source = diagnostic.source,
    })
  end
  return result
end

local function run()
  local buffer = vim.api.nvim_get_current_buf()
  local path = vim.api.nvim_buf_get_name(buffer)
  local client_id = vim.lsp.start_client({
    name = 'smm',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(path, ':h'),
    init_options = { settings = { locale = locale } },
  })
  if not client_id then
    return finish({ error = 'the language server did not start' })
  end
  vim.lsp.buf_attach_client(buffer, client_id)

  local published = vim.wait(timeout_ms, function()
    return #vim.diagnostic.get(buffer) > 0
  end, 20)
  local result = published and { diagnostics = collect(buffer) }
    or { error = 'no diagnostics within ' .. timeout_ms .. ' ms' }

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 20)
  finish(result)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, message = pcall(run)
    if not ok then
      finish({ error = tostring(message) })
    end
  end,
})
