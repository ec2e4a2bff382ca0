import Mustache
import ReportKit

/// The server's pages, laid out by Mustache templates in ReportKit's style.
enum PageTemplates {
  /// The library holding every page template.
  static let library: MustacheLibrary = {
    var library = MustacheLibrary()
    // The templates are constants of this file: a parse error is a bug the
    // route tests catch (every page is rendered there).
    try? library.register(layout, named: "layout")
    try? library.register(home, named: "home")
    try? library.register(run, named: "run")
    try? library.register(failure, named: "failure")
    return library
  }()

  /// Renders `template` inside the layout.
  static func render(_ template: String, _ context: [String: Any]) -> String {
    var context = context
    context["style"] = ReportPage.style + extraStyle
    context["body"] = library.render(context, withTemplate: template) ?? ""
    return library.render(context, withTemplate: "layout") ?? ""
  }

  static let extraStyle = """
    form.run{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.4em 1em;align-items:center;max-width:720px}\
    form.run select,form.run input{max-width:100%;justify-self:start}form.run input[name]:not([type]){width:14em}\
    form.run .wide{grid-column:1/3}pre.log{background:#f6f8fa;padding:.6em;max-height:24em;overflow:auto;white-space:pre-wrap}\
    .state-finished{color:#070}.state-cancelled,.state-interrupted,.state-failed_to_start,.bad{color:#a40}\
    button{padding:.3em 1em}
    """

  static let layout = """
    <!DOCTYPE html>
    <html lang="en"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    {{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
    <title>{{title}} · parkopt serve</title>
    <style>{{{style}}}</style>
    </head><body>
    <p><a href="/">parkopt serve</a></p>
    <h1>{{title}}</h1>
    {{{body}}}
    <footer>parkopt serve · runs the parkopt command line; every result folder can be downloaded as a zip.</footer>
    </body></html>

    """

  static let home = """
    <section><h2>1. Case</h2>
    <p>Pick a bundled example or upload a case: its CSV files (and scenario YAML), or one zip of the case folder.
    Accepted file names: {{accepted}}. Upload limit: {{uploadLimit}}.</p>
    <p><input type="file" id="files" multiple> <button type="button" id="upload">Upload</button></p>
    <p id="upload-status"></p>
    </section>
    <section><h2>2. Run</h2>
    <form class="run" method="post" action="/runs" id="run-form">
    <label for="case">Case</label><select name="case" id="case">{{#cases}}<option value="{{key}}" title="{{files}}"{{#selected}} selected{{/selected}}>{{title}} ({{count}} files)</option>{{/cases}}</select>
    <label for="command">Command</label><select name="command" id="command">{{#commands}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/commands}}</select>
    <label for="language">Language</label><select name="language" id="language"><option value="en">English</option><option value="zh">中文</option></select>
    <label for="scenario">Scenario file</label><select name="scenario" id="scenario"><option value="">the command's default</option>{{#scenarios}}<option>{{.}}</option>{{/scenarios}}</select>
    <label for="mip_gap">MIP gap (assign)</label><input name="mip_gap" id="mip_gap" placeholder="scenario's, e.g. 0.0001">
    <label for="no_explain">No explanations (assign)</label><input type="checkbox" name="no_explain" id="no_explain">
    <label for="time_limit">Time limit, s (assign, size)</label><input name="time_limit" id="time_limit">
    <label for="top">Sites per project (rank)</label><input name="top" id="top" placeholder="3">
    <label for="hours">Hours (size)</label><input name="hours" id="hours" placeholder="all, e.g. 168">
    <label for="dea">DEA (evaluate)</label><select name="dea" id="dea"><option>none</option><option>parks</option><option>firms</option></select>
    <div class="wide"><button type="submit" id="run">Run</button> (queued; at most {{jobs}} at a time)</div>
    </form>
    </section>
    <section><h2>3. Runs</h2>
    {{^runs}}<p>No runs yet.</p>{{/runs}}
    {{#hasRuns}}<div class="scroll"><table id="runs"><thead><tr><th>run</th><th>case</th><th>command</th><th>state</th><th>exit code</th><th>time</th><th></th></tr></thead><tbody>
    {{#runs}}<tr><td><a href="/runs/{{id}}">{{id}}</a></td><td>{{caseTitle}}</td><td>{{command}}</td><td class="state-{{state}}">{{state}}</td><td class="num">{{exitCode}}</td><td class="num">{{elapsed}}</td><td>{{#hasReport}}<a href="/runs/{{id}}/report">report</a> · {{/hasReport}}{{#hasResults}}<a href="/runs/{{id}}/download">zip</a>{{/hasResults}}</td></tr>
    {{/runs}}</tbody></table></div>{{/hasRuns}}
    </section>
    <script>
    document.getElementById('upload').onclick = async function () {
      const files = document.getElementById('files').files, status = document.getElementById('upload-status');
      if (!files.length) { status.textContent = 'Choose files first.'; return; }
      let id = null;
      for (const f of files) {
        const url = (id ? '/cases/' + id + '/files' : '/cases') + '?name=' + encodeURIComponent(f.name);
        status.textContent = 'Uploading ' + f.name + '…';
        const r = await fetch(url, {method: 'POST', body: f});
        const j = await r.json();
        if (!r.ok) { status.textContent = f.name + ': ' + j.error; status.className = 'bad'; return; }
        id = j.id;
      }
      location.href = '/?case=upload:' + id;
    };
    </script>
    """

  static let run = """
    <dl class="figures"><div><dt>state</dt><dd id="state" class="state-{{state}}">{{state}}</dd></div>
    {{#exitCode}}<div><dt>exit code</dt><dd id="exit-code">{{exitCode}}</dd></div>{{/exitCode}}
    <div><dt>elapsed</dt><dd id="elapsed">{{elapsed}}</dd></div><div><dt>case</dt><dd>{{caseTitle}}</dd></div></dl>
    <p><code id="command-line">{{commandLine}}</code></p>
    <p>{{#hasReport}}<a id="report" href="/runs/{{id}}/report">Open the report</a> · {{/hasReport}}{{#hasResults}}<a id="download" href="/runs/{{id}}/download">Download the result folder (zip)</a>{{/hasResults}}</p>
    {{^over}}<form method="post" action="/runs/{{id}}/cancel"><button type="submit" id="cancel">Cancel</button> (the page refreshes every 2 s)</form>{{/over}}
    <h2>Standard error{{^over}} (latest lines){{/over}}</h2>
    <pre class="log" id="stderr">{{stderr}}</pre>
    <h2>Standard output</h2>
    <pre class="log" id="stdout">{{stdout}}</pre>
    """

  static let failure = """
    <p class="warn" id="error">{{message}}</p>
    <p><a href="/">Back</a></p>
    """
}
