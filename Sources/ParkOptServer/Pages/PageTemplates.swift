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

  /// Renders `template` inside the layout, in `language` (`zh` or `en`).
  static func render(_ template: String, _ context: [String: Any], language: String) -> String {
    var context = context
    context["t"] = PageText.labels(language)
    context["style"] = ReportPage.style + extraStyle
    context["body"] = library.render(context, withTemplate: template) ?? ""
    return library.render(context, withTemplate: "layout") ?? ""
  }

  static let extraStyle = """
    form.run{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.4em 1em;align-items:center;max-width:720px}\
    form.run select,form.run input{max-width:100%;justify-self:start}form.run input[name]:not([type]){width:14em}\
    form.run .wide{grid-column:1/3}fieldset.values{display:grid;grid-template-columns:max-content 10em;gap:.3em 1em;border:1px solid #ccc}\
    fieldset.values .value{display:contents}fieldset.values .value[hidden]{display:none}fieldset.values .note{grid-column:1/3;margin:0}fieldset.values input{width:10em}\
    pre.log{background:#f6f8fa;padding:.6em;max-height:24em;overflow:auto;white-space:pre-wrap}\
    .state-finished{color:#070}.state-cancelled,.state-interrupted,.state-failed_to_start,.bad{color:#a40}\
    button{padding:.3em 1em}
    """

  static let layout = """
    <!DOCTYPE html>
    <html lang="{{t.lang}}"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    {{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
    <title>{{title}} · parkopt serve</title>
    <style>{{{style}}}</style>
    </head><body>
    <p><a href="/">parkopt serve</a> · <a id="other-language" href="{{languagePath}}?lang={{t.otherLang}}" hreflang="{{t.otherLang}}">{{t.otherLanguage}}</a></p>
    <h1>{{title}}</h1>
    {{{body}}}
    <footer>{{t.footer}}</footer>
    </body></html>

    """

  static let home = """
    <section><h2>{{t.caseSection}}</h2>
    <p>{{t.caseIntro}}
    {{t.accepted}} {{accepted}}. {{t.uploadLimit}} {{uploadLimit}}.</p>
    <p><input type="file" id="files" multiple> <button type="button" id="upload">{{t.upload}}</button></p>
    <p id="upload-status"></p>
    </section>
    <section><h2>{{t.runSection}}</h2>
    <form class="run" method="post" action="/runs" id="run-form">
    <label for="case">{{t.case}}</label><select name="case" id="case">{{#cases}}<option value="{{key}}" title="{{files}}" data-values="{{values}}"{{#selected}} selected{{/selected}}>{{title}} ({{count}} {{t.files}})</option>{{/cases}}</select>
    <label for="command">{{t.command}}</label><select name="command" id="command">{{#commands}}<option{{#selected}} selected{{/selected}}>{{name}}</option>{{/commands}}</select>
    <label for="language">{{t.language}}</label><select name="language" id="language">{{#languages}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/languages}}</select>
    <label for="scenario">{{t.scenarioFile}}</label><select name="scenario" id="scenario"><option value="">{{t.commandDefault}}</option>{{#scenarios}}<option>{{.}}</option>{{/scenarios}}</select>
    <label for="mip_gap">{{t.mipGap}}</label><input name="mip_gap" id="mip_gap" placeholder="{{t.mipGapHint}}">
    <label for="no_explain">{{t.noExplain}}</label><input type="checkbox" name="no_explain" id="no_explain">
    <label for="time_limit">{{t.timeLimit}}</label><input name="time_limit" id="time_limit">
    <label for="top">{{t.top}}</label><input name="top" id="top" placeholder="3">
    <label for="hours">{{t.hours}}</label><input name="hours" id="hours" placeholder="{{t.hoursHint}}">
    <label for="dea">{{t.dea}}</label><select name="dea" id="dea"><option>none</option><option>parks</option><option>firms</option></select>
    <fieldset class="wide values" id="values"><legend>{{t.values}}</legend>
    <p class="note">{{t.valuesIntro}}</p>
    {{#values}}<div class="value" data-commands="{{commands}}"><label for="{{id}}">{{label}} <code>{{key}}</code> <small>({{commands}})</small></label>
    {{#hasChoices}}<select name="{{name}}" id="{{id}}" data-hint="{{t.valueHint}}"><option value="">{{t.valueHint}}</option>{{#choices}}<option>{{.}}</option>{{/choices}}</select>{{/hasChoices}}{{^hasChoices}}<input name="{{name}}" id="{{id}}" placeholder="{{hint}}" data-hint="{{hint}}">{{/hasChoices}}</div>
    {{/values}}</fieldset>
    <div class="wide"><button type="submit" id="run">{{t.run}}</button> ({{t.queuedNote}} {{jobs}} {{t.atATime}})</div>
    </form>
    </section>
    <section><h2>{{t.runsSection}}</h2>
    {{^runs}}<p>{{t.noRuns}}</p>{{/runs}}
    {{#hasRuns}}<div class="scroll"><table id="runs"><thead><tr><th>{{t.runColumn}}</th><th>{{t.case}}</th><th>{{t.command}}</th><th>{{t.state}}</th><th>{{t.exitCode}}</th><th>{{t.time}}</th><th></th></tr></thead><tbody>
    {{#runs}}<tr><td><a href="/runs/{{id}}">{{id}}</a></td><td>{{caseTitle}}</td><td>{{command}}</td><td class="state-{{state}}" data-state="{{state}}">{{stateText}}</td><td class="num">{{exitCode}}</td><td class="num">{{elapsed}}</td><td>{{#hasReport}}<a href="/runs/{{id}}/report">{{t.report}}</a> · {{/hasReport}}{{#hasResults}}<a href="/runs/{{id}}/download">{{t.zip}}</a>{{/hasResults}}</td></tr>
    {{/runs}}</tbody></table></div>{{/hasRuns}}
    </section>
    <script>
    const command = document.getElementById('command'), caseSelect = document.getElementById('case'),
      scenarioSelect = document.getElementById('scenario');
    // The chosen command's values only; the case's own value as the placeholder
    // (when the command reads the case's default scenario file).
    function showValues() {
      const option = caseSelect.selectedOptions[0];
      const own = option && !scenarioSelect.value ? JSON.parse(option.dataset.values || '{}') : {};
      for (const row of document.querySelectorAll('#values .value')) {
        const on = row.dataset.commands.split(' ').includes(command.value);
        row.hidden = !on;
        for (const input of row.querySelectorAll('input, select')) {
          input.disabled = !on;
          if (input.tagName === 'INPUT') input.placeholder = own[input.name] ?? input.dataset.hint;
          else input.options[0].textContent = own[input.name] ?? input.dataset.hint;
        }
      }
    }
    command.onchange = caseSelect.onchange = scenarioSelect.onchange = showValues;
    showValues();
    document.getElementById('upload').onclick = async function () {
      const files = document.getElementById('files').files, status = document.getElementById('upload-status');
      if (!files.length) { status.textContent = '{{t.chooseFirst}}'; return; }
      let id = null;
      for (const f of files) {
        const url = (id ? '/cases/' + id + '/files' : '/cases') + '?name=' + encodeURIComponent(f.name);
        status.textContent = '{{t.uploading}} ' + f.name + '…';
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
    <dl class="figures"><div><dt>{{t.state}}</dt><dd id="state" class="state-{{state}}" data-state="{{state}}">{{stateText}}</dd></div>
    {{#exitCode}}<div><dt>{{t.exitCode}}</dt><dd id="exit-code">{{exitCode}}</dd></div>{{/exitCode}}
    <div><dt>{{t.elapsed}}</dt><dd id="elapsed">{{elapsed}}</dd></div><div><dt>{{t.case}}</dt><dd>{{caseTitle}}</dd></div></dl>
    <p><code id="command-line">{{commandLine}}</code></p>
    {{#hasValues}}<p id="values-set">{{t.values}}: <code>{{valuesSet}}</code></p>{{/hasValues}}
    <p>{{#hasReport}}<a id="report" href="/runs/{{id}}/report">{{t.openReport}}</a> · {{/hasReport}}{{#hasResults}}<a id="download" href="/runs/{{id}}/download">{{t.download}}</a>{{/hasResults}}</p>
    {{^over}}<form method="post" action="/runs/{{id}}/cancel"><button type="submit" id="cancel">{{t.cancel}}</button> ({{t.refreshes}})</form>{{/over}}
    <h2>{{t.stderr}}{{^over}} {{t.latestLines}}{{/over}}</h2>
    <pre class="log" id="stderr">{{stderr}}</pre>
    <h2>{{t.stdout}}</h2>
    <pre class="log" id="stdout">{{stdout}}</pre>
    """

  static let failure = """
    <p class="warn" id="error" style="white-space:pre-wrap">{{message}}</p>
    <p><a href="/">{{t.back}}</a></p>
    """
}
