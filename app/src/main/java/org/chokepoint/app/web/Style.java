package org.chokepoint.app.web;

/** The one stylesheet of the web UI, served from /ui/style.css (no inline styles, so the CSP can stay strict). */
final class Style {
  private Style() {}

  static final String CSS = """
      :root{--ink:#1f2328;--muted:#555d66;--line:#d8dee4;--bg:#f6f8fa;--accent:#0b57a4;--warn:#9a1b1b}
      *{box-sizing:border-box}
      body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans CJK SC","Noto Sans CJK JP",\
      "Noto Sans CJK KR","Noto Sans CJK TC","DejaVu Sans",sans-serif;margin:0;color:var(--ink);background:#fff}
      a{color:var(--accent)}a:hover{text-decoration:none}
      header{display:flex;gap:1rem;align-items:center;padding:.6rem 1rem;background:#1d2b3a;color:#fff;flex-wrap:wrap}
      header a{color:#fff}.brand{font-weight:700;text-decoration:none;font-size:1.15rem}
      header form{display:flex;gap:.3rem;flex:1 1 18rem;max-width:32rem}header form input{flex:1;padding:.35rem .5rem;
      border:1px solid #8aa;border-radius:4px}button{padding:.35rem .8rem;border:1px solid #0b57a4;border-radius:4px;
      background:#0b57a4;color:#fff;cursor:pointer}
      nav a{margin-right:.9rem;text-decoration:none;font-weight:500}
      main{max-width:72rem;margin:1rem auto 2rem;padding:0 1rem}
      h1{font-size:1.6rem;margin:.6rem 0 .8rem;line-height:1.25}h2{font-size:1.2rem;margin:1.6rem 0 .5rem;
      padding-bottom:.2rem;border-bottom:1px solid var(--line)}h3{font-size:1rem;margin:1rem 0 .3rem}
      table{border-collapse:collapse;width:100%;margin:.4rem 0 1rem;font-size:.93rem}
      td,th{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;
      overflow-wrap:break-word}
      th{background:var(--bg);font-weight:600}
      blockquote{margin:.25rem 0;padding:.1rem .6rem;border-left:3px solid #b6c2cf;font-size:.9rem}
      cite{color:var(--muted);font-style:normal}
      .conflict{color:var(--warn);font-weight:600}.conflicts li{color:var(--warn)}
      .src{overflow-wrap:anywhere;font-size:.85rem}.card{overflow-wrap:anywhere}.muted,.note{color:var(--muted)}.note{font-size:.92rem}
      .badge{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .4rem;border-radius:3px;
      background:#e7edf3;color:#24313e;text-transform:lowercase}.badge.listed{background:#fbe3e3;color:#7a1010}
      .badge.undated{background:#fff3cd;color:#5c4400}
      .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
      .card{border:1px solid var(--line);border-radius:6px;padding:.2rem 1rem .6rem}.card h2{border:0;margin-top:.6rem}
      .card ul{padding-left:1.1rem;margin:.3rem 0}
      .summary{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:.6rem 1rem}
      .claims{list-style:none;padding:0}.claims>li{border-bottom:1px solid var(--line);padding:.5rem 0}
      details>summary{cursor:pointer;color:var(--accent)}
      dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.4rem 0}
      dl.facts dt{font-weight:600}dl.facts dd{margin:0}
      .breadcrumb{font-size:.9rem;color:var(--muted)}
      .doctext{max-width:48rem;white-space:pre-wrap;font-size:.95rem;border:1px solid var(--line);border-radius:6px;
      padding:.6rem 1rem;background:#fcfcfd}
      textarea{width:100%;font:inherit}form label{display:block;margin:.4rem 0}
      form.filters{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:end}form.filters label{margin:0}
      footer{color:var(--muted);font-size:.85rem;padding:1rem;text-align:center;border-top:1px solid var(--line)}
      svg{max-width:100%;height:auto}#cy{width:100%;height:600px;border:1px solid var(--line);border-radius:6px}
      .network-svg{overflow-x:auto}
      """;
}
