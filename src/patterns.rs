//! Every word list and text pattern the classifier uses, grouped by what it catches.
//!
//! Each table is a list of alternatives joined into one case-insensitive
//! regex, compiled once; a table that reads other languages too is two, its
//! English and the others' ([`Table`]), and a page in English reads the first
//! alone. A table names a concept (price lines, related-links markers), never
//! a site. `score` decides *when* a table applies (block
//! length, position); this module only says what the words look like.

use rustc_hash::FxHashSet;
use std::sync::{Arc, LazyLock, OnceLock};

use regex::Regex;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::Input;

use crate::blocks::Label;
use crate::model::Rule;

/// [`table_pattern`]'s pattern compiled as a `Regex`, for a table whose
/// matches are found and not only told (a date line's date); a [`Table`]
/// compiles its own as a [`Matcher`].
pub(crate) fn table(alternatives: &[&str]) -> Regex {
    Regex::new(&table_pattern(alternatives)).expect("pattern tables are valid regexes")
}

/// Joins alternatives into one anchored-as-written, case-insensitive pattern.
/// An empty table would match everything, so it is refused.
///
/// `\b` is compiled as an ASCII word boundary: a Unicode one stops the fast
/// DFA at the first non-ASCII character (a curly quote, a dash), which made
/// these tables a quarter of the cleaning time. Alternatives that end in a
/// non-ASCII letter ("più") therefore end in `(?:\W|$)` instead of `\b`.
///
/// `\W` is compiled as "not an ASCII letter or digit": the Unicode class is
/// hundreds of ranges, and compiling it into every table tripled the start-up
/// time of a one-page run. The tables use it to skip the punctuation around a
/// marker ("— Advertisement —"), where the difference never shows.
///
/// `\d` is compiled as an ASCII digit, `[0-9]`: the Unicode class (every
/// script's digits) made the date table twice as costly to build, and the
/// tables' figures sit beside English words or ASCII word edges, which other
/// scripts' digits never met anyway.
fn table_pattern(alternatives: &[&str]) -> String {
    assert!(!alternatives.is_empty(), "a pattern table needs at least one alternative");
    let joined = alternatives.join("|").replace(r"\b", r"(?-u:\b)").replace(r"\W", "[^a-zA-Z0-9]").replace(r"\d", "[0-9]");
    format!("(?i)(?:{joined})")
}

/// One matcher that matches where any of `tables` does, in the part each
/// reads on every page (the class tables, which read no other languages). A
/// text that matches none of them, as most do, is read once rather than
/// once each. (A union of the text rules' tables is no cheaper: its lazy DFA
/// outgrows its cache on prose, and ran 20 times slower than the tables in turn.)
pub(crate) fn any_of(tables: &[&Table]) -> Matcher {
    let alternatives: Vec<String> = tables.iter().map(|table| format!("(?:{})", (table.every_page_pattern)())).collect();
    Matcher::new(&alternatives.join("|"))
}

/// The languages a page's text is read in: English alone, or every language
/// the tables know. A page that reads as English and declares no other
/// language (`evidence/english-tables`) is read in English alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Languages {
    English,
    All,
}

/// A pattern table in two parts: the alternatives read on every page, and
/// the same markers in other languages ("Alle Rechte vorbehalten", "Lesen
/// Sie auch"), read only on pages not in English. A process compiles the
/// second part when the first page that needs it comes: on a page in
/// English it was a third of the tables' compiling, which is most of a
/// one-page run's time. (The class hints' tables are tables of one part.)
pub struct Table {
    every_page_pattern: fn() -> String,
    every_page: OnceLock<Matcher>,
    other_languages_pattern: Option<fn() -> String>,
    other_languages: OnceLock<Matcher>,
}

/// A pattern compiled only to tell whether it matches: a forward lazy DFA
/// (`regex_automata`), without the reverse automaton that a `Regex` also
/// builds to find where a match starts. The tables (the text rules', the
/// class hints') are only ever asked whether a block or a class matches, and
/// building them is most of a one-page run's time: as matchers, a one-page
/// run counts 104 M instructions against 139 M as regexes, with the same
/// verdicts on every page (`docs/speed.md`, session 80).
pub struct Matcher {
    dfa: Arc<DFA>,
    /// One search cache per thread at a time, as `Regex` keeps its own.
    caches: Pool<Cache, CacheMaker>,
}

type CacheMaker = Box<dyn Fn() -> Cache + Send + Sync>;

impl Matcher {
    /// Compiles `pattern`, which holds no Unicode word boundary (the lazy
    /// DFA would have to give up at the first non-ASCII byte; [`table_pattern`]
    /// writes `\b` as an ASCII one).
    fn new(pattern: &str) -> Matcher {
        let dfa = DFA::builder()
            .thompson(thompson::Config::new().which_captures(WhichCaptures::None))
            .build(pattern)
            .expect("pattern tables compile as lazy DFAs");
        let dfa = Arc::new(dfa);
        let for_caches = Arc::clone(&dfa);
        Matcher { dfa, caches: Pool::new(Box::new(move || for_caches.create_cache())) }
    }

    /// Whether the pattern matches somewhere in `text`; the search stops at
    /// the first match it sees.
    pub fn is_match(&self, text: &str) -> bool {
        let mut cache = self.caches.get();
        // (A lazy DFA's search fails only where it is configured to give up
        // or to quit on some bytes, and with no Unicode word boundary neither is.)
        self.dfa.try_search_fwd(&mut cache, &Input::new(text).earliest(true)).expect("a table's search never gives up").is_some()
    }
}

impl Table {
    /// A table read the same on every page, from the function that writes its pattern ([`table_pattern`]).
    const fn new(every_page: fn() -> String) -> Table {
        Table { every_page_pattern: every_page, every_page: OnceLock::new(), other_languages_pattern: None, other_languages: OnceLock::new() }
    }

    /// A table whose `other_languages` alternatives are read on pages not in English alone.
    const fn with_other_languages(every_page: fn() -> String, other_languages: fn() -> String) -> Table {
        Table { every_page_pattern: every_page, every_page: OnceLock::new(), other_languages_pattern: Some(other_languages), other_languages: OnceLock::new() }
    }

    /// The table's part read on every page, compiled by the first thread that needs it.
    fn every_page(&self) -> &Matcher {
        self.every_page.get_or_init(|| Matcher::new(&(self.every_page_pattern)()))
    }

    /// The table's other languages, if it reads any, compiled by the first page that needs them.
    fn other_languages(&self) -> Option<&Matcher> {
        let pattern = self.other_languages_pattern?;
        Some(self.other_languages.get_or_init(|| Matcher::new(&pattern())))
    }

    /// Whether the table, in every language it knows, matches `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.is_match_in(text, Languages::All)
    }

    /// Whether the table, in `languages`, matches `text`.
    pub fn is_match_in(&self, text: &str, languages: Languages) -> bool {
        self.every_page().is_match(text) || (languages == Languages::All && self.other_languages().is_some_and(|other| other.is_match(text)))
    }
}

/// A label's text pattern: `caption`, `related`, ... with the reason it records.
pub struct TextRule {
    pub label: Label,
    /// The rule that names it, to switch it off and to credit its verdicts;
    /// what it catches is the reason its verdicts give.
    pub rule: Rule,
    pub table: &'static Table,
    /// The rule applies only to blocks of at most this many words: the same
    /// words inside a long sentence are body text.
    pub max_words: usize,
    /// Whether the rule reads the blocks of HTML pages too, or of text pages only.
    pub on_html: bool,
    /// What the regex matches but the rule does not take, if anything.
    pub except: Option<&'static LazyLock<Regex>>,
}

impl TextRule {
    /// Whether the rule's pattern, in `languages`, takes `text` (word limits aside).
    pub fn matches(&self, text: &str, languages: Languages) -> bool {
        self.table.is_match_in(text, languages) && !self.except.is_some_and(|except| except.is_match(text))
    }
}

/// Photo captions and credits: "Photo: AP", "(Photo by ...)", "[Image courtesy ...]",
/// "Credit: ...". The marker must open the block, a bracket, or a clause, so a
/// sentence that merely mentions a photo is left alone.
pub static CAPTION: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"(?:^|[\[(|.;]\s*)(?:photos?|photograph|photographs|images?|pictures?|pic|illustration|graphic|video|file photo)\s*(?:by\b|credits?\b|courtesy\b|:|/)",
            r"^\W*(?:credits?|source|courtesy|photographer)\s*:",
            // A bare credit: "© Jane Doe / Agency" (a copyright line with a year is legal).
            r"^\W*©\s*\D",
            r"^\W*(?:image|photo)s?\s+(?:courtesy|via|from)\b",
            r"^\W*(?:image|media|photo) (?:caption|copyright)\b",
            // A credit closing a caption: "... the module's layout. Credit: ESA".
            r"[.)]\s*(?:photo |image )?credits?\s*:[^.]*$",
            // News agency style: "In this Sunday, Nov. 10, 2019, photograph, a row of ...".
            r"^\W*in this (?:\S+\s+){0,6}(?:file\s+)?(?:photo|photograph|image|picture)\b",
        ])
    },
    // The same credits in the other languages of the month table: "Foto: dpa", "Crédit photo : AFP", "Quelle: Reuters".
    || {
        table_pattern(&[
            r"(?:^|[\[(|.;]\s*)(?:foto|fotos|bild|bilder|imagen|imagem|immagine|фото|fotoğraf|zdjęcie|gambar)\s*(?::|/)",
            r"^\W*(?:quelle|bildquelle|bildnachweis|crédits? photo|fuente|fonte|источник|kaynak|źródło|sumber)\s*:",
        ])
    },
);

/// Inline pointers to another story: "ALSO READ: ...", "READ MORE", "See also".
pub static RELATED_INLINE: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"^\W*(?:also read|read also|read more|read next|see also|more on this|related)\b\s*(?::|$|»|›|>|-)",
            r"^\W*(?:also read|read also|read more|read next|see also)\b",
            r"^\W*related\s+(?:coverage|topics?|reading|stories|articles|links|content|news|video|guides?)\s*:",
            r"^\W*(?:click here to read|continue reading)\b",
            // "Also on example.com: ...", "On Example.com: ...": a story on a sister site.
            r"^\W*(?:also )?on\s+[a-z0-9-]+\.(?:com|net|org|co\.uk|com\.au|ca|in)\b\s*:?",
        ])
    },
    || {
        table_pattern(&[
            // The same markers in other main European languages.
            r"^\W*(?:lesen sie auch|lesen sie mehr|mehr zum thema|weiterlesen|lire aussi|à lire aussi|a lire aussi|voir aussi|lea también|lee también|leer más|ver también|leia também|leia mais|leggi anche|leggi di più|lees ook|läs också|læs også|les også|czytaj także|czytaj też|zobacz też|zobacz także|mehr lesen|lire la suite|seguir leyendo|continuar leyendo|continua a leggere|continue a ler|lees verder|lees meer|meer lezen|läs mer|czytaj dalej)(?:\W|$)",
        ])
    },
);

/// Headers of related-story lists: they end the article when they follow it.
pub static RELATED_SECTION: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"^\W*(?:related|similar|more|other|recent|latest|top|popular|trending|recommended|featured)\s+(?:stories|articles|posts|news|coverage|content|reading|links|videos|reads|insights)\b",
            // A thread's related threads and questions (forums, question-and-answer sites),
            // then nothing but a count or punctuation. (Not `[\W0-9]`: a class
            // unioned with a negated one is case-folded range by range, over
            // all of Unicode, and took 20 ms to build, a tenth of a one-page run.)
            r"^\W*(?:explore )?(?:related|similar|suggested|hot(?: network)?|linked|popular|trending|recent|latest|more)\s+(?:questions|threads|topics|discussions)[^a-zA-Z]*$",
            r"^\W*more (?:from|in|on) (?:this|the|our) (?:section|category|topic|author|site)\b",
            r"^\W*more (?:from|in|on) \S+$",
            r"^\W*more (?:from|in|on)\W*$",
            r"^\W*more\s*:\W*$",
            r"^\W*more\s+(?:\S+\s+){1,2}(?:stories|articles|news|reads|videos)\W*$",
            r"^\W*you (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested)",
            r"^\W*(?:recommended|suggested) (?:for you|reading)\b",
            r"^\W*(?:most|more) (?:read|popular|viewed|shared|commented|emailed)\b",
            r"^\W*(?:trending|popular) (?:now|today|this week)\b",
            r"^\W*(?:don'?t|do not) miss\b",
            r"^\W*(?:further|recommended) reading\b",
            r"^\W*(?:editor'?s|editors'?) (?:picks?|choice)\b",
            r"^\W*(?:up next|what to read next|keep reading)\b",
        ])
    },
    || {
        table_pattern(&[
            // The same headers in other main European languages ("you may like", "related articles").
            r"^\W*(?:você (?:também )?pode gostar|voce (?:tambem )?pode gostar|veja também|artigos relacionados|notícias relacionadas)",
            r"^\W*(?:también te puede interesar|te puede interesar|te puede gustar|artículos relacionados|noticias relacionadas)",
            r"^\W*(?:vous aimerez aussi|vous pourriez aimer|articles similaires|sur le même sujet|articles liés)",
            r"^\W*(?:das könnte sie auch interessieren|ähnliche artikel|verwandte artikel|weitere artikel)",
            r"^\W*(?:potrebbe interessarti|ti potrebbe interessare|articoli correlati|potrebbero interessarti)",
            r"^\W*(?:meer over dit onderwerp|gerelateerde artikelen|relaterade artiklar|powiązane artykuły)",
            // "Most read", "More news" and "More from <section>" in the other languages of the month table.
            r"^\W*(?:meistgelesen|am meisten gelesen|les plus lus|lo más leído|los más leídos|más leídas|i più letti|mais lidas|mais lidos|meest gelezen|mest lästa|najczęściej czytane|mehr nachrichten|weitere nachrichten|plus d'actualités|plus d’actualités|más noticias|altre notizie|mais notícias|meer nieuws|fler nyheter|więcej wiadomości)\W*$",
            r"^\W*mehr aus \S+$",
            // Chinese, Japanese and Korean: "related articles", "recommended reading", "also read these".
            r"^\W*(?:関連記事|関連ニュース|おすすめ記事|こちらの記事も|相关文章|相關文章|相关阅读|相關閱讀|推荐阅读|推薦閱讀|相关新闻|相關新聞|관련\s*기사|추천\s*기사)",
        ])
    },
);

/// Subscription, paywall and newsletter sign-up blocks, including plan tables.
pub static SUBSCRIPTION: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"^\W*(?:subscribe|subscription|subscribers? only|sign up|signup|become a (?:member|subscriber|supporter)|already a (?:member|subscriber)|start (?:your )?free trial|unlock (?:this|full|unlimited)|get (?:full|unlimited|digital|premium) access)",
            r"\b(?:cancel any ?time|renews? automatically|auto-?renew|free trial|billed (?:monthly|annually|yearly)|subscription plans?|digital subscription|premium (?:stories|content|access|articles))\b",
            r"\bsubscribe (?:to|for|now|today)\b",
            r"\b(?:newsletters?|in your inbox|to your inbox)\b.*\b(?:sign up|subscribe|get|delivered|receive)\b",
            r"\b(?:sign up|subscribe|join)\b.*\bnewsletters?\b",
            r"\b(?:meet|hit|land in|straight to|right to) your inbox\b",
            r"\bsend me\b.*\bnewsletters?\b",
            r"\bopt-?in\b.*\bsubscribe\b",
            r"\bto continue reading\b",
            // A price with a billing period alone on its line: "₹300/Month", "$4.99 per month".
            // (A bare price is a product's, and content on a shop's page.)
            r"^\W*(?:[$€£¥₹₽₩]|rs\.?|usd|eur|gbp|inr|aud|cad)\s?\d[\d,.]*\s*(?:(?:/|per|a|an)\s*(?:month|mo|year|yr|week|wk|day|annum))\W*$",
            r"^\W*\d[\d,.]*\s?(?:[$€£¥₹₽]|usd|eur|gbp)\s*(?:(?:/|per)\s*(?:month|mo|year|yr|week|day))\W*$",
            // A plan length or a discount alone on its line: "3 Months", "SAVE 25%".
            r"^\W*\d+\s+(?:months?|years?|weeks?)\W*$",
            r"^\W*save\s+(?:up to\s+)?\d+\s?%\W*$",
        ])
    },
    || {
        table_pattern(&[
            // Subscribing and newsletter sign-ups in the other languages of the month table.
            r"^\W*(?:abonnez-vous|inscrivez-vous (?:à|a) (?:notre|la|nos) newsletter|newsletter abonnieren|jetzt abonnieren|abonnieren sie|suscríbete|suscribete|iscriviti alla newsletter|inscreva-se|abonneer je|prenumerera|подпишитесь|подписаться на|zapisz się|subskrybuj)",
            // A line that opens by asking the reader to sign up for or receive a
            // newsletter: "Melden Sie sich für unseren Newsletter an", "Assine
            // nossa newsletter", "Jetzt den Newsletter abonnieren".
            r"^\W*(?:jetzt |hier )?(?:melden sie sich|abonnieren sie|bestellen sie|abonnez-vous|inscrivez-vous|recevez|suscríbete|suscribete|recibe|apúntate|iscriviti|ricevi|abbonati|assine|inscreva-se|receba|cadastre-se|schrijf je in|meld je aan|abonneer je|ontvang|prenumerera|anmäl dig)\b.*(?:newsletter|nieuwsbrief|boletín|boletin|boletim|infolettre|nyhetsbrev|biuletyn)",
            r"^\W*(?:jetzt |hier )?(?:(?:den|unseren|zum) )?newsletter (?:abonnieren|anmelden|bestellen)",
        ])
    },
);

/// Share bars and follow buttons.
pub static SHARE: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"^\W*(?:share|share this|share on|share via|share the story|share article|tweet|pin it|copy link|email this|print this|follow us)\b",
            // "Follow us on" and "Follow <outlet> on" before a row of icons.
            r"^\W*follow\s+(?:\S+\s+){1,3}on(?:\W*$|\s+(?:facebook|twitter|instagram|youtube|linkedin|tiktok|x)\b)",
            // "Found this interesting? Share it with your network."
            r"\bshare (?:this |it )?(?:with|to|on) your (?:network|friends|followers|colleagues)\b",
            r"^\W*(?:like|liked|enjoy|enjoyed|love)\s+this\s+(?:story|article|post)\W+share\b",
            r"^\W*(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|email|print|messenger)(?:\W+(?:facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|telegram|email|print|messenger|copy link))+\W*$",
        ])
    },
    || {
        table_pattern(&[
            // "Share" in the other languages of the month table, a line of its own.
            r"^\W*(?:teilen|artikel teilen|partager|partager cet article|compartir|comparte|condividi|compartilhar|compartilhe|delen|dela|del|поделиться|paylaş|udostępnij|bagikan)\W*$",
            r"^\W*(?:diesen artikel teilen|artikel teilen auf|teilen auf|partager (?:l'article|l’article|sur)|compartir (?:en|este artículo|el artículo)|comparte (?:en|este artículo|esta noticia)|condividi (?:su|l'articolo|l’articolo)|compartilhe (?:no|este)|deel (?:dit artikel|op)|dela (?:på|artikeln))\b",
            // "Follow us" in the other languages of the month table.
            r"^\W*(?:folgen sie uns|folge uns|suivez-nous|síguenos|siguenos|seguici|siga-nos|segue-nos|volg ons|följ oss|obserwuj nas)\b",
            // In Chinese, Japanese and Korean: "分享到：微信 微博" (share to), "分享"
            // alone, "この記事をシェアする", "ツイート シェア" (a row of buttons),
            // "공유하기". (`\W` reads every letter of these scripts as a non-word
            // character, so these start at the line's start, after spaces only.)
            r"^\s*(?:分享到|分享至|分享给|分享給)",
            r"^\s*(?:分享本文|分享文章|分享此文|分享)\s*[:：]?\s*$",
            r"^\s*(?:この記事を)?(?:シェア|ツイート)(?:する)?(?:\s|$)",
            r"^\s*공유(?:하기)?(?:\s|$)",
        ])
    },
);

/// Menus, breadcrumbs, pagination and story-to-story links.
pub static NAVIGATION: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"^\W*(?:next|previous|prev|older|newer)\s+(?:story|article|post|page|entry|slide)\b",
            r"^\W*(?:skip to (?:main )?content|skip navigation|back to top|jump to|toggle navigation|main menu|menu|home|search|sections|close)\W*$",
            r"^\W*you are here\b",
            // Breadcrumbs: short segments joined by arrows or chevrons.
            r"^[^.!?]{1,40}(?:\s[›»>/|]\s[^.!?]{1,40}){2,}$",
        ])
    },
    || {
        table_pattern(&[
            // The previous and next article in the other languages of the month table, alone on a line: "Nächster Artikel", "Article précédent".
            r"^\W*(?:(?:nächster|vorheriger) (?:artikel|beitrag)|article (?:suivant|précédent)|siguiente artículo|artículo (?:anterior|siguiente)|articolo (?:successivo|precedente)|próximo artigo|artigo (?:anterior|seguinte)|(?:volgend|vorig) artikel|(?:nästa|föregående) artikel|(?:następny|poprzedni) artykuł)\W*$",
            // Back to the top, the home page, skip to the content, the menu, search and close, alone on a line:
            // "Nach oben", "Startseite", "Aller au contenu", "Menü", "Suche", "Schließen".
            r"^\W*(?:nach oben|zurück nach oben|zum seitenanfang|startseite|retour en haut|haut de page|accueil|volver arriba|ir arriba|inicio|torna su|voltar ao topo|página inicial|naar boven|terug naar boven|till toppen|startsida|do góry|strona główna|başa dön|ana sayfa)\W*$",
            r"^\W*(?:zum inhalt springen|aller au contenu|saltar al contenido|ir al contenido|vai al contenuto|ir para o conteúdo|naar de inhoud|hoppa till innehållet|przejdź do treści|menü|hauptmenü|menú|menu principale|suche|rechercher|buscar|cerca|pesquisar|zoeken|sök|szukaj|schließen|fermer|cerrar|chiudi|fechar|sluiten|stäng|zamknij)\W*$",
            // The previous and next story or page in Chinese, Japanese and Korean:
            // "上一篇：...", "下一页", "次の記事", "이전 글" (at the line's start, as above).
            r"^\s*(?:上一篇|下一篇|上一页|下一页|上一頁|下一頁|前の記事|次の記事|前のページ|次のページ|이전\s*글|다음\s*글|이전\s*기사|다음\s*기사)",
        ])
    },
);

/// A call to action: a button's label that asks a visitor to buy a service
/// or get in touch ("Get a quote", "Request a demo", "Learn more", "Contact us").
static CALL_TO_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    table(&[concat!(
        r"^\W*(?:get (?:a|your) (?:free )?(?:quote|estimate|consultation|demo)|get started|contact (?:us|sales)|talk to (?:sales|an expert|us)",
        r"|request (?:a )?(?:demo|quote|consultation|call|information)|book (?:a |an |your )?(?:demo|call|consultation|appointment|now)",
        r"|schedule (?:a|an|your) (?:call|demo|consultation|appointment|visit)|free (?:consultation|estimate|quote|trial)|call (?:us|now|today)",
        r"|start (?:your )?free trial|try (?:it )?(?:for )?free|sign up(?: for free)?|learn more|get in touch|see (?:pricing|plans)|view pricing",
        r"|apply now|enroll now|find out more)\W*$",
    )])
});

/// A call to action is a button's label: a few words at most.
const CALL_TO_ACTION_MAX_WORDS: usize = 6;

/// Whether a block's `text` is a call to action ([`CALL_TO_ACTION`]).
pub fn is_call_to_action(text: &str) -> bool {
    text.split_whitespace().nth(CALL_TO_ACTION_MAX_WORDS).is_none() && CALL_TO_ACTION.is_match(text)
}

/// Advertising markers.
pub static AD: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"^\W*(?:advertisement|advertising|advert|ad|ads|sponsored(?: content| post| links?)?|promoted(?: content)?|paid (?:content|post|partnership)|partner content|story continues below(?: advertisement)?|continue reading below|scroll to continue)\W*$",
            // The site promoting its own app: "CLICK HERE TO GET THE EXAMPLE NEWS APP", "Download the Example News app".
            r"^\W*(?:click|tap) here to (?:get|download|install) (?:the|our)\b.*\bapp\W*$",
            r"^\W*(?:get|download|install) (?:the|our) (?:free )?(?:\S+ ){1,3}app\W*$",
        ])
    },
    || {
        table_pattern(&[
            // The same label in the other languages of the month table.
            r"^\W*(?:anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|реклама|reklam|reklama|iklan|إعلان|广告|広告)\W*$",
        ])
    },
);

/// Comment sections.
pub static COMMENTS: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            // A bare "Response" heads an API's sample response in documentation; counted, it is a comment.
            r"^\W*(?:(?:\d+|no|one)\s+)?(?:comments?|responses|replies)\W*(?:\(\d+\))?\W*$",
            r"^\W*\d+\s+response\W*$",
            r"\b(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b",
            r"\b(?:comments are closed|join the (?:discussion|conversation)|be the first to comment|show comments|view comments|load comments|log ?in to (?:comment|reply))\b",
        ])
    },
    || {
        table_pattern(&[
            // The same header in the other languages of the month table: "12 Kommentare", "Commentaires (3)".
            r"^\W*(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze?|komentar|yorumlar|kommentarer|комментари[йия])\W*(?:\(\d+\))?\W*$",
            // WordPress's comment form, translated: "Schreibe einen Kommentar", "Laisser un commentaire".
            r"^\W*(?:schreibe einen kommentar|kommentar schreiben|laisser un commentaire|deja un comentario|deja una respuesta|lascia un commento|deixe um comentário|deixe uma resposta|geef een reactie|добавить комментарий|yorum yap|tinggalkan balasan|dodaj komentarz)(?:\W|$)",
        ])
    },
);

/// A thread's furniture: reply and quote buttons, members' join dates and
/// post counts ("Reply", "Quote", "Joined: Mar 2019", "Posts: 1,204").
static THREAD_FURNITURE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)(?-u:\b)(?:reply|quote|joined|posts?:)").expect("the thread furniture pattern is valid"));

/// Furniture is a short line: a few words at most.
pub(crate) const THREAD_FURNITURE_MAX_WORDS: usize = 6;

/// Whether a block's `text` is a short line of a thread's furniture ([`THREAD_FURNITURE`]).
pub fn is_thread_furniture(text: &str) -> bool {
    text.split_whitespace().nth(THREAD_FURNITURE_MAX_WORDS).is_none() && THREAD_FURNITURE.is_match(text)
}

/// The heading a forum prints over a post it quotes: "Ann said:", "On
/// 3/5/2024 at 7:29 PM, ann_lee said:", "10 hours ago, Ann Lee wrote:",
/// "Originally Posted by ann_lee". A line of its own that ends at "said:"
/// after a pronoun or an article ("He said:", "The minister said:") is a
/// story's way into a quotation, not a post's.
static QUOTED_POST: LazyLock<Regex> = LazyLock::new(|| {
    table(&[r"^\S.{0,80}\b(?:said|wrote)\s*:$", r"^(?:quote\s+)?originally posted by\s+\S"])
});

/// A blog's comment header names the time right before "said:" ("Alex on
/// September 17, 2018 at 6:34 am said:"), where a quoted post's heading
/// names its author ("On 3/5/2024 at 7:29 PM, Dave-in-Decatur said:").
static COMMENT_HEADER: LazyLock<Regex> = LazyLock::new(|| table(&[r"(?:\d{1,2}:\d{2}|\b[ap]\.?m\.?)\s+(?:said|wrote)\s*:$"]));

/// Words that open a story's way into a quotation ("He said:", "The minister said:").
const QUOTATION_OPENERS: [&str; 14] = ["he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her", "their", "our"];

/// A quoted post's heading is a short line.
const QUOTED_POST_MAX_WORDS: usize = 12;

/// Whether a block's `text` is the heading of a quoted post ([`QUOTED_POST`]).
pub fn is_quoted_post_heading(text: &str) -> bool {
    let text = text.trim();
    // Most lines end in no colon and open with no "originally" or "quote": the pattern is not read for them.
    let may_be = text.ends_with(':') || text.get(..5).is_some_and(|start| start.eq_ignore_ascii_case("origi") || start.eq_ignore_ascii_case("quote"));
    if !may_be || text.split_whitespace().nth(QUOTED_POST_MAX_WORDS).is_some() {
        return false;
    }
    let opens_a_quotation = text.split_whitespace().next().is_some_and(|first| QUOTATION_OPENERS.iter().any(|opener| first.eq_ignore_ascii_case(opener)));
    !opens_a_quotation && QUOTED_POST.is_match(text) && !COMMENT_HEADER.is_match(text)
}

/// The header a forum prints over each post in its thread: the author, the
/// date and time, and the post's number ("blumo September 22, 2024, 2:43pm
/// 1"), as forum software lays a thread out and extracted text keeps it on a line.
static NUMBERED_POST: LazyLock<Regex> = LazyLock::new(|| table(&[r"^\S.{0,40}\b(?:19|20)\d\d,?\s+\d{1,2}:\d{2}\s*(?:am|pm)?\s+#?\d{1,4}$"]));

/// A post's header is a short line.
const NUMBERED_POST_MAX_WORDS: usize = 10;

/// Whether a block's `text` is a post's header in a thread ([`NUMBERED_POST`]).
pub fn is_numbered_post_header(text: &str) -> bool {
    let text = text.trim();
    // Most lines end in no figure or hold no time of day: the pattern is not read for them.
    let may_be = text.ends_with(|c: char| c.is_ascii_digit()) && text.contains(':');
    may_be && text.split_whitespace().nth(NUMBERED_POST_MAX_WORDS).is_none() && NUMBERED_POST.is_match(text)
}

/// The reply button under a comment or a forum post: in a comment section, but not its start
/// (forum threads have one under every post), so it does not end the article.
pub static REPLY_BUTTON: LazyLock<Regex> = LazyLock::new(|| table(&[r"^\W*(?:reply|quote|reply with quote)\W*$"]));

/// A site's copyright notice: "© 2025 Example Media", "All rights reserved".
const COPYRIGHT_LINES: [&str; 2] = [r"(?:^|\s)(?:©|\(c\)|copyright)\s*(?:©\s*)?\d{4}", r"\ball rights reserved\b"];

/// The reservation of rights in the other languages of the month table
/// ("Alle Rechte vorbehalten", "Tous droits réservés").
const RIGHTS_RESERVED_TRANSLATED: &str = r"\b(?:alle rechte vorbehalten|tous droits r[eé]serv[eé]s|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|alla rättigheter förbehållna|wszelkie prawa zastrzeżone|tüm hakları saklıdır)\b";

/// The copyright notice alone: the foot of the page, so the article is over.
pub static COPYRIGHT_NOTICE: Table = Table::with_other_languages(|| table_pattern(&COPYRIGHT_LINES), || table_pattern(&[RIGHTS_RESERVED_TRANSLATED]));

/// Cookie notices, copyright lines, terms and privacy links.
pub static LEGAL: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            COPYRIGHT_LINES[0],
            COPYRIGHT_LINES[1],
            r"\bfor your personal,? non-?commercial use only\b",
            r"\bthis (?:document|article|material|content|page) is (?:subject to|protected by) copyright\b",
            // Affiliate disclosures: "When you purchase through links on our site, we may earn a commission."
            r"\b(?:we|they) may (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission\b",
            r"\bwhen you (?:buy|purchase|shop) (?:something )?(?:through|via|using) (?:links|our links|retail links)\b",
            r"\b(?:terms (?:of (?:use|service)|and conditions)|privacy (?:policy|notice|settings)|cookie (?:policy|settings|preferences))\b",
            r"\b(?:we|this (?:web)?site) uses? cookies\b",
            r"\bcookies?\b.*\b(?:consent|accept|agree|continuing to (?:use|browse))\b",
        ])
    },
    || {
        table_pattern(&[
            RIGHTS_RESERVED_TRANSLATED,
            // "We use cookies" in the other languages of the month table.
            r"\b(?:wir (?:verwenden|nutzen|setzen)|diese (?:web)?(?:seite|site) (?:verwendet|nutzt)|nous utilisons des|ce site (?:web )?utilise des|utilizamos|usamos|este (?:sitio|site) (?:web )?(?:utiliza|usa)|utilizziamo(?: i)?|questo sito (?:web )?(?:utilizza|usa)(?: i)?|wij gebruiken|deze (?:web)?site gebruikt|vi använder|używamy(?: plików)?) cookie",
            r"^\W*(?:impressum|datenschutz(?:erklärung)?|mentions légales|aviso legal|política de privacidad|informativa sulla privacy)\b",
        ])
    },
);

/// A consent manager's dialog (IAB's TCF, OneTrust), printed into the page's
/// text: its opening line ("We and our partners process data to provide:"),
/// its purposes ("Store and/or access information on a device 91 partners
/// can use this purpose") and cookie categories ("Strictly Necessary Cookies").
/// The same lines on every site that uses one; never a page's content.
pub static CONSENT_DIALOG: Table = Table::new(|| {
    table_pattern(&[
        r"^\W*we and our (?:\d+ )?partners\b",
        r"\bprivacy preference cent(?:er|re)\b",
        r"\bmanage (?:consent|cookie) preferences\b",
        r"\bstore and/or access information on a device\b",
        r"\bpartners can use this purpose\b",
        r"^\W*list of iab vendors\b",
        r"\bobject to legitimate interests?\b",
        r"^\W*(?:strictly necessary|performance|functional|targeting) cookies\b",
        r"^\W*we value your privacy\b",
    ])
});

/// A heading about a thing, not a person: "About This Game", "About Our
/// Company", "About Us". It reads as "About" and capitalised words, as an
/// author box's header with a name does, but heads a product's description
/// or the site's own; so does "About The Book", but not "About the author".
/// On wcxb, names given where the gold names no author: HTML tune 13.7% ->
/// 12.8%, check 11.6% -> 11.4%; text 12.5% -> 11.9%, 11.8% -> 10.9%.
pub static ABOUT_A_THING: LazyLock<Regex> = LazyLock::new(|| {
    table(&[
        r"^\W*(?:about|über|sobre|à propos de)\s+(?:this|these|our|your|us)\b",
        // "About the Book", not "About the Author": a word after "the" that does not open with "aut".
        r"^\W*about\s+the\s+(?:[^a\s]|a[^u\s]|au[^t\s])",
    ])
});

/// The header of an author box: "About the author", "About Jane Doe", "Über Max Muster".
pub static AUTHOR_BOX: Table = Table::new(|| {
    table_pattern(&[
        r"^\W*(?:about|über|sobre|à propos de|a proposito di)\s+(?:the author|den autor|die autorin|o autor|a autora|el autor|la autora|l'auteur|l’auteur|l'autore|l’autore)\W*$",
        // A person's name: two or three capitalised words.
        r"^\W*(?:about|über|sobre|à propos de)\s+(?-i:\p{Lu})\S+(?:\s+(?-i:\p{Lu})\S+){1,2}$",
    ])
});

/// A widget that asks the reader what they thought of the page: "Was this
/// page helpful?", "Did you find this content helpful?", "How useful was
/// this post?", "Rate this article", "Send us feedback", "Thanks for your
/// feedback!", "Help us improve this page", "Take our 1 minute survey". Each
/// opens the line and speaks of this page, or of feedback and surveys;
/// a sentence that mentions feedback ("Feedback from readers shaped the
/// plan") is not one.
pub static FEEDBACK_PROMPT: Table = Table::with_other_languages(
    || {
        table_pattern(&[
            r"^\W*(?:was|is|did) (?:this|you find this) (?:page|article|post|answer|information|content|guide|help|helpful|useful)\b",
            r"^\W*how (?:helpful|useful) (?:was|is) this\b",
            r"^\W*rate this (?:page|article|post|guide)\W*$",
            r"^\W*(?:give|send|leave|share) (?:us )?(?:your )?feedback\b",
            r"^\W*thanks?(?: you)? for (?:your|the) feedback\b",
            r"^\W*help us improve\b",
            r"^\W*take (?:our|a|the) (?:[0-9]+[- ]minute |short |quick )?survey\W*$",
        ])
    },
    // "Was this article helpful?" in the other languages of the month table.
    || {
        table_pattern(&[
            r"^\W*(?:(?:war|ist) (?:dieser artikel|dieser beitrag|diese seite) hilfreich|(?:cet article|cette page) vous a-t-(?:il|elle) été utile|¿?(?:te|le) ha (?:resultado|parecido|sido) útil|¿?(?:fue|es) útil (?:este artículo|esta página)|(?:questo articolo|questa pagina) (?:ti|le) è stat[oa] utile|(?:este artigo|esta página) foi útil|(?:was|is) (?:dit artikel|deze pagina) nuttig)",
        ])
    },
);

/// The notice a page shows to an old browser or one without JavaScript:
/// "You are using an out of date browser", "Please enable JavaScript",
/// "This slideshow requires JavaScript", "JavaScript is required for this
/// content", "You must have JavaScript enabled to submit the form". Each
/// speaks to the reader's browser ("you", "this", "please"); a sentence
/// about JavaScript ("JavaScript is required to build the app") is not one.
pub static BROWSER_NOTICE: Table = Table::new(|| {
    table_pattern(&[
        r"^\W*you are using an? (?:out[- ]of[- ]date|outdated|old|older|unsupported) (?:web )?browser\b",
        r"\bplease (?:upgrade|update) (?:your|to a (?:newer|modern)) (?:web )?browser\b",
        r"\b(?:please|you (?:should|can|may|will need to)) (?:upgrade or |update or )?(?:switch to|use) an? (?:newer|modern|different|alternative|supported) (?:web )?browser\b",
        r"^\W*your (?:web )?(?:browser|version of internet explorer) is (?:not|no longer) supported\b",
        r"^\W*javascript is (?:disabled|turned off|not enabled)\b",
        r"\b(?:please|you (?:will )?(?:need|have) to|you must) (?:enable|turn on|activate) javascript\b",
        r"\b(?:this (?:\S+ )?requires|you (?:need|must have)) javascript\b",
        r"\bjavascript (?:is|must be) (?:required|needed|enabled) (?:to (?:view|use|see|run|display|play|submit|access)|for (?:this|the|full|proper))\b",
        r"\bensure (?:that )?javascript is enabled\b",
    ])
});

/// Author lines: "By Jane Doe", "Written by ...", "Reporting by ...",
/// "Autor: ...", "Автор: ...", "作者：...", "بقلم ...": the name starts with a
/// capital, or with a letter of a script that has none ("by 山田花子").
pub static BYLINE: Table =
    Table::new(|| table_pattern(&[&format!(r"^\W*(?:{BYLINE_LEADS}|{AUTHOR_WORDS}|{WRITTEN_BY_WORDS})(?:\s*[:：]\s*|\s+)(?-i:\p{{Lu}}|\p{{Lo}})")]));

/// A line over a question's asker has at most this many words.
const ASKED_LINE_MAX_WORDS: usize = 6;

/// Whether `text` is the line over a question's asker on a Q&A site's card,
/// "asked" and the date with its year ("asked Feb 11, 2011 at 23:49", as
/// "answered ..." stands over each answerer's name); not the question's
/// header, "Asked 3 years, 2 months ago".
pub fn heads_the_asker(text: &str) -> bool {
    let after_asked = text.trim_start().strip_prefix("asked").is_some_and(|rest| rest.starts_with(char::is_whitespace));
    after_asked && text.split_whitespace().nth(ASKED_LINE_MAX_WORDS).is_none() && DATE.is_match(text)
}

/// The labels of [`BYLINE`], one by one, for [`is_byline_label_alone`].
static BYLINE_LABELS: LazyLock<Vec<&'static str>> = LazyLock::new(|| [BYLINE_LEADS, AUTHOR_WORDS, WRITTEN_BY_WORDS].iter().flat_map(|words| words.split('|')).collect());

/// A label is at most this long, in bytes ("veröffentlicht von:").
const BYLINE_LABEL_MAX_BYTES: usize = 24;

/// Whether `text` is a byline's label and nothing more ("By", "Written
/// by:", "AUTHOR"): extracted text puts the name on the next line. (A word
/// list, not a pattern: it is asked of every short line of a text page.)
pub fn is_byline_label_alone(text: &str) -> bool {
    if text.len() > BYLINE_LABEL_MAX_BYTES {
        return false;
    }
    let label = text.trim_matches(|c: char| !c.is_alphanumeric());
    // (A word's capitals take as many bytes as its small letters in these
    // labels, so a label of another length is none; and no line is lower-cased
    // on the heap unless it is not ASCII.)
    let same = |word: &&str| word.len() == label.len() && (word.eq_ignore_ascii_case(label) || (!label.is_ascii() && label.to_lowercase() == **word));
    BYLINE_LABELS.iter().any(same)
}

/// The words in small letters that a name, or what is left of its label, holds ("Ludwig van Beethoven", "by").
const NAME_PARTICLES: [&str; 14] = ["by", "de", "van", "von", "der", "den", "da", "di", "du", "del", "la", "le", "and", "&"];

/// Whether `word` can stand in a name: it starts with anything but a small
/// letter (a capital, a letter of a script without capitals, a mark), or it
/// is one of a name's particles ("van", "de", "and").
pub fn is_name_word(word: &str) -> bool {
    word.starts_with(|c: char| !c.is_lowercase()) || NAME_PARTICLES.contains(&word)
}

/// The words that lead a byline's name in English, and the short ones of
/// other languages ("von", "par", "por", "door", "av").
const BYLINE_LEADS: &str = "by|written by|posted by|words by|story by|reporting by|reported by|author|authors|von|par|por|di|door|av";

/// "Author" as a byline's label: Spanish, Portuguese, German and Polish
/// (autor, autora), French and Dutch (auteur), Italian (autore), Russian,
/// Turkish, Chinese and Japanese (作者), and Arabic's "by the pen of" ("بقلم أحمد علي").
pub const AUTHOR_WORDS: &str = "autor|autora|autorin|autorka|auteur|autore|автор|yazar|作者|بقلم";

/// "Written by" and "published by" in French, Spanish and Portuguese,
/// Italian, German, Dutch and Swedish, before a byline's name: "Publié par
/// Claire Dubois", "Escrito por Ana Pérez", "Geschrieben von Anna Müller",
/// "Ein Beitrag von ...".
pub const WRITTEN_BY_WORDS: &str = concat!(
    "publié par|rédigé par|écrit par|posté par|escrito por|publicado por|scritto da|pubblicato da|",
    "geschrieben von|verfasst von|veröffentlicht von|ein beitrag von|geschreven door|gepubliceerd door|skrivet av|publicerad av"
);

/// Dates and timestamps, with the words that introduce them.
pub static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = month_word();
    table(&[
        // "Nov 16 2015", "16 November 2015", "November 16, 2015", "16. März 2015", "16 de noviembre de 2015"
        &format!(r"\b{month}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
        &format!(r"\b\d{{1,2}}(?:st|nd|rd|th)?\.?\s+(?:de\s+)?{month}(?:\s+de)?,?\s+\d{{4}}\b"),
        r"\b\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2})?",
        // The year first: "2016.12.01", "2016. 12. 1.", "2019/11/19", "2024年3月3日"
        // (Chinese, Japanese), "2024년 3월 3일" (Korean); not a version
        // number that goes on ("rev 2025.12.19.38237").
        r"\b\d{4}(?:\s*[年년]\s*|[./]\s?)\d{1,2}(?:\s*[月월]\s*|[./]\s?)\d{1,2}(?:\s*[日일]|\.?(?:[^0-9./]|$))",
        r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b",
        r"\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b",
        r"\b\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[a-z]{2,4}\b)?",
        r"\b\d{1,2}h\d{2}\b",
    ])
});

/// A range of times of day, as opening hours print them: "8:00am - 5:00pm",
/// "9am–1pm", "10:00 to 18:00". (A time needs its minutes or am/pm: "2-3"
/// is no range of times.)
pub static TIME_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let time = r"\d{1,2}(?::\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|\s*(?:am|pm|a\.m\.|p\.m\.))";
    table(&[&format!(r"\b{time}\s*(?:-|–|—|to|until)\s*{time}")])
});

/// The letters the names in [`MONTH_NAMES`] are written with: a class this
/// small compiles and runs as fast as `[a-z]`, where `\p{L}` (every letter in
/// Unicode) made the date patterns several times costlier to build.
pub const MONTH_LETTER: &str = "[a-zäöüéèêëûôîïàâçñąćęłńśźżşığа-яёء-ي]";

/// A month written as a word in any language of [`MONTH_NAMES`]: the first
/// three letters of a name, then any of [`MONTH_LETTER`] ("Nov", "Sept.", "décembre").
/// The one table serves `DATE`, which finds date lines, and the parse of
/// `WRITTEN_DATE`, so that what is a date line also gives a date.
fn month_word() -> String {
    let mut prefixes: Vec<String> = MONTH_NAMES.iter().map(|(name, _)| name.chars().take(3).collect()).collect();
    prefixes.sort_unstable();
    prefixes.dedup();
    format!(r"(?:{}){MONTH_LETTER}*\.?", prefixes.join("|"))
}

/// Words that introduce a date: "Last Updated :", "First Published:", "Posted on".
pub static DATE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    table(&[
        r"\b(?:last updated|updated|first published|published|posted|posted on|created|modified|date|on|at|ist|gmt|utc|edt|est|pdt|pst|cst|cet|am|pm|today|yesterday)\b",
        // The same words in the other languages of the month table.
        r"\b(?:le|el|il|op|um|de|del|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)\b",
    ])
});

/// A timestamp's lead word at the start of a line or after a separator
/// ("New Delhi, Bureau | Updated : 19 November 2019"): the line is a date line
/// whatever else it names.
pub static DATE_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    table(&[r"(?:^|[|•·])\s*(?:last |first )?(?:updated|published|posted|modified)\b\s*(?:on|at)?\s*:?\s*(?:[a-z]+,?\s+)?\d"])
});

/// Month names for reading dates written out in words: English, German,
/// French, Spanish, Italian, Portuguese and Dutch, the Scandinavian and
/// Indonesian forms those lack, Turkish, the forms a date writes after its
/// day in Polish and Russian ("3 marca 2024", "3 марта 2024"), and Arabic.
/// A written month matches a name it is a prefix of, from three letters
/// ("Nov", "déc.", "Sept"); a prefix that names two months names none.
pub const MONTH_NAMES: [(&str, u32); 138] = [
    ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
    ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11), ("december", 12),
    ("januar", 1), ("februar", 2), ("märz", 3), ("april", 4), ("mai", 5), ("juni", 6),
    ("juli", 7), ("august", 8), ("september", 9), ("oktober", 10), ("november", 11), ("dezember", 12),
    ("janvier", 1), ("février", 2), ("mars", 3), ("avril", 4), ("mai", 5), ("juin", 6),
    ("juillet", 7), ("août", 8), ("septembre", 9), ("octobre", 10), ("novembre", 11), ("décembre", 12),
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("octubre", 10), ("noviembre", 11), ("diciembre", 12),
    ("gennaio", 1), ("febbraio", 2), ("marzo", 3), ("aprile", 4), ("maggio", 5), ("giugno", 6),
    ("luglio", 7), ("agosto", 8), ("settembre", 9), ("ottobre", 10), ("novembre", 11), ("dicembre", 12),
    ("janeiro", 1), ("fevereiro", 2), ("março", 3), ("abril", 4), ("maio", 5), ("junho", 6),
    ("julho", 7), ("agosto", 8), ("setembro", 9), ("outubro", 10), ("novembro", 11), ("dezembro", 12),
    ("januari", 1), ("februari", 2), ("maart", 3), ("april", 4), ("mei", 5), ("juni", 6),
    ("juli", 7), ("augustus", 8), ("september", 9), ("oktober", 10), ("november", 11), ("december", 12),
    ("marts", 3), ("maj", 5), ("augusti", 8), ("desember", 12), ("maret", 3), ("agustus", 8),
    ("ocak", 1), ("şubat", 2), ("mart", 3), ("nisan", 4), ("mayıs", 5), ("haziran", 6),
    ("temmuz", 7), ("ağustos", 8), ("eylül", 9), ("ekim", 10), ("kasım", 11), ("aralık", 12),
    ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4), ("maja", 5), ("czerwca", 6),
    ("lipca", 7), ("sierpnia", 8), ("września", 9), ("października", 10), ("listopada", 11), ("grudnia", 12),
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11), ("декабря", 12),
    ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("مايو", 5), ("يونيو", 6),
    ("يوليو", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
];

/// Time-zone abbreviations and their UTC offsets in minutes. Where one is
/// ambiguous, the reading news sites most often mean is taken: IST is India's,
/// CST is North America's Central.
pub const TIME_ZONES: [(&str, i32); 36] = [
    ("UTC", 0), ("GMT", 0), ("Z", 0), ("WET", 0), ("WEST", 60), ("BST", 60), ("CET", 60), ("CEST", 120),
    ("MEZ", 60), ("MESZ", 120), ("EET", 120), ("EEST", 180), ("MSK", 180), ("IST", 330), ("PKT", 300),
    ("WIB", 420), ("ICT", 420), ("SGT", 480), ("HKT", 480), ("AWST", 480), ("JST", 540), ("KST", 540),
    ("ACST", 570), ("AEST", 600), ("AEDT", 660), ("NZST", 720), ("NZDT", 780), ("EST", -300), ("EDT", -240),
    ("CST", -360), ("CDT", -300), ("MST", -420), ("MDT", -360), ("PST", -480), ("PDT", -420), ("HST", -600),
];

/// A date written in words or digits, with an optional time and zone after it:
/// "Nov 16 2015 | 9:42 AM IST", "16. November 2015", "16 de noviembre de 2015", "16.11.2015 14:30", "2016.12.01", "2024年3月3日".
/// Its figures are ASCII digits (`[0-9]`), as the numbers they are parsed
/// into read them; Unicode's `\d` made the pattern several times costlier to build.
pub static WRITTEN_DATE: LazyLock<Regex> = LazyLock::new(|| {
    let month = format!("{MONTH_LETTER}{{3,}}");
    Regex::new(&[
        // "16 November 2015", "16. März 2015", "16 de noviembre de 2015", and with dashes, "04-ago-2021".
        &format!(r"(?i)(?:(?P<day1>[0-9]{{1,2}})(?:(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<month1>{month}\.?)(?:\s+de)?,?\s+|-(?P<month6>{month})-)(?P<year1>[0-9]{{4}})"),
        &format!(r"|(?P<month2>{month}\.?)\s+(?P<day2>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year2>[0-9]{{4}})"),
        r"|(?P<day3>[0-9]{1,2})\.(?P<month3>[0-9]{1,2})\.(?P<year3>[0-9]{4})",
        // Year first, as scholarly indexes write it ("2023 Jan 7"), and as ISO writes it ("2025-09-13", "2019/1/22").
        &format!(r"|(?P<year4>[0-9]{{4}})\s+(?P<month4>{month}\.?)\s+(?P<day4>[0-9]{{1,2}})\b"),
        r"|(?P<year5>[0-9]{4})[-/](?P<month5>[0-9]{1,2})[-/](?P<day5>[0-9]{1,2})\b",
        // The same with dots, or with the year, month and day marked, as
        // `DATE` finds them: "2016.12.01", "2024年3月3日", "2024년 3월 3일".
        r"|(?P<year8>[0-9]{4})(?:\s*[年년]\s*|\.\s?)(?P<month8>[0-9]{1,2})(?:\s*[月월]\s*|\.\s?)(?P<day8>[0-9]{1,2})(?:\s*[日일]|\.?(?:[^0-9.]|$))",
        r"|(?P<first7>[0-9]{1,2})[-/](?P<second7>[0-9]{1,2})[-/](?P<year7>[0-9]{4}))",
        r"(?:[^0-9\n]{0,12}?(?P<hour>[0-9]{1,2})[:.h](?P<minute>[0-9]{2})\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?-i:(?P<zone>[A-Z]{1,5})))?)?",
    ]
    .concat())
    .expect("the date pattern is valid")
});

/// The month word of a `WRITTEN_DATE` match, whichever of its forms matched;
/// `None` for a date written in numbers.
pub fn written_month<'t>(caps: &regex::Captures<'t>) -> Option<regex::Match<'t>> {
    ["month1", "month2", "month4", "month6"].iter().find_map(|name| caps.name(name))
}

/// The text rules, in the order they are tried: the first that matches labels the block.
///
/// A byline comes before a menu: "by Jason Rostar | SEO | 8 min Read" is
/// segments joined by pipes, as a breadcrumb is, but opens with "by" and a
/// name. (With the menu first, the text track's bylines scored tune 46.9,
/// check 41.4; with the byline first, 47.2 and 41.7.)
///
/// A comment section's heading ("12 Comments", "Leave a reply") is read on
/// text pages only: on an HTML page the markup places the comment thread
/// (`hints/class-comments`), and the words alone took the replies of threads
/// the page does not declare for a story's comments. Read on HTML too, the
/// pattern paid nothing (wcxb tune -0.0001, check -0.0012, aeb-dev +0.0001:
/// `docs/ablation.md`, session 22).
pub static TEXT_RULES: [TextRule; 14] = [
    TextRule { label: Label::Legal, rule: Rule::PatternLegal, table: &LEGAL, max_words: 80, on_html: true, except: None },
    TextRule { label: Label::Legal, rule: Rule::PatternConsent, table: &CONSENT_DIALOG, max_words: 80, on_html: true, except: None },
    TextRule { label: Label::Caption, rule: Rule::PatternCaption, table: &CAPTION, max_words: 45, on_html: true, except: None },
    TextRule { label: Label::Related, rule: Rule::PatternRelatedMarker, table: &RELATED_INLINE, max_words: 25, on_html: true, except: None },
    TextRule { label: Label::Related, rule: Rule::PatternRelatedHeader, table: &RELATED_SECTION, max_words: 8, on_html: true, except: None },
    TextRule { label: Label::Subscription, rule: Rule::PatternSubscription, table: &SUBSCRIPTION, max_words: 25, on_html: true, except: None },
    TextRule { label: Label::Share, rule: Rule::PatternShare, table: &SHARE, max_words: 12, on_html: true, except: None },
    TextRule { label: Label::Byline, rule: Rule::PatternByline, table: &BYLINE, max_words: 10, on_html: true, except: None },
    TextRule { label: Label::Navigation, rule: Rule::PatternNavigation, table: &NAVIGATION, max_words: 12, on_html: true, except: None },
    TextRule { label: Label::Ad, rule: Rule::PatternAd, table: &AD, max_words: 10, on_html: true, except: None },
    TextRule { label: Label::Comments, rule: Rule::PatternComments, table: &COMMENTS, max_words: 14, on_html: false, except: None },
    TextRule { label: Label::Byline, rule: Rule::PatternAuthorBox, table: &AUTHOR_BOX, max_words: 6, on_html: true, except: Some(&ABOUT_A_THING) },
    TextRule { label: Label::Boilerplate, rule: Rule::PatternBrowserNotice, table: &BROWSER_NOTICE, max_words: 30, on_html: true, except: None },
    TextRule { label: Label::Navigation, rule: Rule::PatternFeedback, table: &FEEDBACK_PROMPT, max_words: 16, on_html: true, except: None },
];

/// A markup hint: class, id or role tokens that say what a container holds.
pub struct ClassRule {
    pub label: Label,
    /// The rule that names it, to switch it off and to credit its verdicts.
    pub rule: Rule,
    pub table: &'static Table,
}

/// Class/id/role tokens, matched as whole tokens or hyphen/underscore parts of one.
macro_rules! class_table {
    ($name:ident, [$($alt:expr),+ $(,)?]) => {
        pub static $name: Table = Table::new(|| {
            let alternatives = [$($alt),+].join("|");
            format!(r"(?:^|[\s_-])(?:{alternatives})(?:$|[\s_-])")
        });
    };
}

class_table!(CLASS_RELATED, ["related", "recommended", "recommendations", "more-stories", "also-read", "read-more", "trending", "popular", "most-read", "read-next"]);
class_table!(CLASS_COMMENTS, ["comment", "comments", "commentlist", "comment-list", "respond", "discussion", "replies", "reviews", "user-reviews", "customer-reviews"]);
class_table!(CLASS_SUBSCRIPTION, ["subscribe", "subscription", "newsletter", "signup", "sign-up", "membership", "regwall"]);
class_table!(CLASS_LEGAL, ["cookie", "cookies", "consent", "gdpr", "copyright", "legal", "disclaimer"]);
class_table!(CLASS_CAPTION, ["caption", "wp-caption-text", "figcaption", "photo-credit", "image-credit", "credit", "credits"]);
// Author lines ("autor", "auteur", "autore", "verfasser": the same in German,
// Spanish, Portuguese, French, Dutch and Italian); and a forum post's signature,
// its author's sign-off (forums: tune +0.0014, check +0.0015, four pages up on each half).
class_table!(CLASS_BYLINE, ["byline", "author", "authors", "author-name", "writer", "contributor", "signature", "autor", "auteur", "autore", "verfasser"]);

// A column beside the article: its widgets, the shop's reviews, other stories.
class_table!(CLASS_SIDEBAR, ["sidebar", "side-bar", "sidebars"]);

// A class that names a layout (`c-layout-sidebar-left`, `has-sidebar`) says
// how the page is arranged, not what this element holds: it gets no chaff hint.
class_table!(CLASS_LAYOUT, ["layout", "has-sidebar", "no-sidebar", "with-sidebar"]);

// A container whose class or id names the content itself
// (`entry-content-read-more`, `article-body pagination-first`) gets no chaff hint.
class_table!(CLASS_CONTENT, ["article", "content", "entry", "main", "story", "body", "prose"]);

/// Markup hints in the order they are tried.
pub static CLASS_RULES: [ClassRule; 7] = [
    ClassRule { label: Label::Comments, rule: Rule::HintComments, table: &CLASS_COMMENTS },
    ClassRule { label: Label::Subscription, rule: Rule::HintSubscription, table: &CLASS_SUBSCRIPTION },
    ClassRule { label: Label::Related, rule: Rule::HintRelated, table: &CLASS_RELATED },
    ClassRule { label: Label::Legal, rule: Rule::HintLegal, table: &CLASS_LEGAL },
    ClassRule { label: Label::Caption, rule: Rule::HintCaption, table: &CLASS_CAPTION },
    ClassRule { label: Label::Byline, rule: Rule::HintByline, table: &CLASS_BYLINE },
    ClassRule { label: Label::Boilerplate, rule: Rule::HintSidebar, table: &CLASS_SIDEBAR },
];

/// Readability's class/id weights: tokens that suggest a container holds the
/// article, and tokens that suggest it does not.
pub static POSITIVE_CLASS: LazyLock<Matcher> = LazyLock::new(|| {
    Matcher::new(&table_pattern(&[r"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose"]))
});
pub static NEGATIVE_CLASS: LazyLock<Matcher> = LazyLock::new(|| {
    Matcher::new(&table_pattern(&[
        r"-ad-|hidden|^hid$| hid$| hid |^hid |banner|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|subscribe|newsletter|social|nav|menu|breadcrumb|cookie",
    ]))
});

/// Compiles the classifier's text patterns now rather than at their first
/// use. A process that cleans one page spends most of its time compiling
/// them (session 73: 17 of 20 ms; as matchers since session 80, still about
/// three quarters of its instructions), so the `dechaff` command calls this on a thread of its
/// own while it reads and parses the page, and a batch has one of its
/// workers call it while the others clean the first pages. The threads
/// share the work: a table is compiled once, by whichever thread comes to
/// it first, and a thread that needs one the other is compiling waits for
/// it. This takes the text rules in the opposite order to the classifier's,
/// so that the two meet in the middle. The tables' other languages are left
/// to the first page not in English that needs them.
pub fn compile_tables() {
    for rule in TEXT_RULES.iter().rev() {
        if let Some(except) = rule.except {
            LazyLock::force(except);
        }
        rule.table.every_page();
    }
    COPYRIGHT_NOTICE.every_page();
    for table in [&TIME_RANGE, &DATE_WORDS, &DATE_STAMP, &DATE] {
        LazyLock::force(table);
    }
}

/// Stopwords of the main Latin- and Cyrillic-script languages, merged: a
/// block's share of them says whether it is running prose, whatever its language.
/// (Only these: the lists of other languages hold words that are content
/// words in English, Czech's "design" and "media", Malay's "email"; they
/// count on a page in their language, see `score::features`.)
pub static STOPWORDS: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| STOPWORD_LANGUAGES.iter().filter_map(|code| stop_words::lookup(code)).flatten().copied().collect());

/// The languages whose stopwords [`STOPWORDS`] merges, as ISO 639-1 codes.
pub const STOPWORD_LANGUAGES: [&str; 16] =
    ["en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "no", "fi", "ru", "id", "tr", "ro", "hu"];

#[cfg(test)]
mod tests {
    use super::*;

    /// The first text rule matching `text`, ignoring word limits.
    fn rule_label(text: &str) -> Option<Label> {
        TEXT_RULES.iter().find(|rule| rule.matches(text, Languages::All)).map(|rule| rule.label)
    }

    #[test]
    #[should_panic(expected = "at least one alternative")]
    fn an_empty_table_is_refused() {
        table(&[]);
    }

    /// A table's matcher (the text rules', the class hints') answers as the
    /// table's pattern compiled as a `Regex` does, in both its parts, on
    /// every line of the samples (their markup's classes among them) and on
    /// markers in the other languages; and the lines hold matches of both
    /// parts, so that the agreement is no agreement on "no".
    #[test]
    fn each_tables_matcher_answers_as_its_regex() {
        let samples = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("samples");
        let mut lines: Vec<String> = std::fs::read_dir(&samples)
            .expect("the samples are readable")
            .flat_map(|entry| std::fs::read_to_string(entry.expect("a sample").path()).unwrap_or_default().lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        lines.extend(["Lesen Sie auch: Die Brücke", "Alle Rechte vorbehalten.", "Foto: dpa", "Weiterlesen", "Article précédent", "Abonnez-vous à notre newsletter", "Nous utilisons des cookies"].map(str::to_string));
        let class_tables = CLASS_RULES.iter().map(|rule| rule.table).chain([&CLASS_CONTENT, &CLASS_LAYOUT]);
        let tables = TEXT_RULES.iter().map(|rule| rule.table).chain([&COPYRIGHT_NOTICE]).chain(class_tables);
        let (mut every_page_matches, mut other_languages_matches) = (0, 0);
        for table in tables {
            let parts = [(table.every_page(), table.every_page_pattern)].into_iter().chain(table.other_languages().zip(table.other_languages_pattern));
            for (number, (matcher, pattern)) in parts.enumerate() {
                let regex = Regex::new(&pattern()).expect("a table's pattern is a valid regex");
                for line in &lines {
                    assert_eq!(matcher.is_match(line), regex.is_match(line), "{line:?} against {}", regex.as_str());
                }
                let matches = lines.iter().filter(|line| regex.is_match(line)).count();
                *if number == 0 { &mut every_page_matches } else { &mut other_languages_matches } += matches;
            }
        }
        assert!(every_page_matches >= 100 && other_languages_matches >= 5, "{every_page_matches} and {other_languages_matches} lines matched");
    }

    #[test]
    fn a_prompt_for_the_readers_feedback_is_matched_but_not_a_sentence_about_feedback() {
        for prompt in ["Was this page helpful?", "Did you find this content helpful?", "How useful was this post?", "Rate this article", "Send us feedback", "Thanks for your feedback!", "Help us improve this page", "Take our 1 minute survey"] {
            assert!(FEEDBACK_PROMPT.is_match(prompt), "{prompt}");
        }
        for sentence in ["Feedback from readers shaped the plan.", "Was this the year the bridge opened?", "Did this council meet its targets?", "Take our advice: book early."] {
            assert!(!FEEDBACK_PROMPT.is_match(sentence), "{sentence}");
        }
    }

    #[test]
    fn a_byline_label_may_have_its_colon_glued_to_the_name() {
        assert!(BYLINE.is_match("Written by:Elise Nass"));
        assert!(BYLINE.is_match("By: Ann Lee"));
        assert!(BYLINE.is_match("By Ann Lee"));
        assert!(!BYLINE.is_match("Bylines:without a name"));
        assert!(!BYLINE.is_match("By:the river"));
    }

    #[test]
    fn written_by_in_other_languages_is_an_author_line_before_a_name_only() {
        for line in ["Publié par Claire Dubois", "Escrito por Ana Pérez", "Scritto da Mario Rossi", "Geschrieben von Anna Müller", "Ein Beitrag von Anna Müller", "Geschreven door Jan de Vries", "Skrivet av Anna Svensson", "Autorin: Anna Müller"] {
            assert!(BYLINE.is_match(line), "{line}");
        }
        // Near misses: the same words before no name, or inside a sentence.
        for line in ["Publié par la mairie en 2024", "Escrito por años de práctica", "Der Bericht wurde geschrieben von Anna Müller"] {
            assert!(!BYLINE.is_match(line), "{line}");
        }
    }

    #[test]
    fn captions_match_credits_but_not_sentences_about_photos() {
        assert!(CAPTION.is_match("Victims walk away outside the theatre. Photo: AP"));
        assert!(CAPTION.is_match("People gather in the square (Photo by Jane Roe/Agency)"));
        assert!(CAPTION.is_match("[Photo by John Doe / Stringer]"));
        assert!(CAPTION.is_match("Credit: Some Agency"));
        assert!(CAPTION.is_match("A cross-section of the module. Credit: Space Agency"));
        assert!(CAPTION.is_match("In this Sunday, Nov. 10, 2019, photograph, a row of unsold cars sits at a dealership."));
        assert!(CAPTION.is_match("In this file photo, the mayor speaks."));
        assert!(!CAPTION.is_match("In this town, photographs of the mayor hang in every shop."));
        assert!(!CAPTION.is_match("He took credit: the plan was his, he said, and it had worked."));
        assert!(!CAPTION.is_match("The photo by the lake won a prize at the fair."));
        assert!(!CAPTION.is_match("She took a photograph of the crowd before leaving."));
    }

    #[test]
    fn related_subscription_and_share_lines_in_other_languages_are_matched_but_not_sentences() {
        for line in ["Czytaj także: Nowy most", "Zobacz też: Nowy most", "Lire la suite", "Seguir leyendo »"] {
            assert!(RELATED_INLINE.is_match(line), "{line}");
        }
        for line in ["Meer over dit onderwerp", "Gerelateerde artikelen", "Relaterade artiklar"] {
            assert!(RELATED_SECTION.is_match(line), "{line}");
        }
        for line in ["Inscrivez-vous à notre newsletter", "Abonnez-vous", "Suscríbete a nuestro boletín", "Iscriviti alla newsletter", "Подпишитесь на рассылку"] {
            assert!(SUBSCRIPTION.is_match(line), "{line}");
        }
        for line in ["Diesen Artikel teilen", "Partager l'article", "Compartir en Facebook"] {
            assert!(SHARE.is_match(line), "{line}");
        }
        // Near misses: the same words inside a sentence, or meaning something else.
        for line in ["Der Verein hat sich entschieden, die Zeitung zu abonnieren.", "Assine o contrato até sexta-feira.", "Les abonnés peuvent partager l'article avec leurs amis."] {
            assert!(!SUBSCRIPTION.is_match(line) && !SHARE.is_match(line) && !RELATED_SECTION.is_match(line), "{line}");
        }
    }

    #[test]
    fn a_bylines_label_alone_is_one_of_its_leads_and_nothing_more() {
        for line in ["By", "by:", "Written By:", "AUTHOR", "— Posted by", "Автор:", "作者：", "Geschrieben von"] {
            assert!(is_byline_label_alone(line), "{line}");
        }
        // Near misses: a lead inside a longer word or line, a menu's word.
        for line in ["Bypass", "Authority", "By Ann Lee", "Home", "Written by hand, the letters were kept."] {
            assert!(!is_byline_label_alone(line), "{line}");
        }
    }

    #[test]
    fn the_line_over_a_questions_asker_says_asked_and_the_date() {
        assert!(heads_the_asker("asked Feb 11, 2011 at 23:49"));
        assert!(heads_the_asker("asked May 2, 2009 at 0:01"));
        // Near misses: the question's header, an answer's card, a sentence.
        assert!(!heads_the_asker("Asked 3 years, 2 months ago"));
        assert!(!heads_the_asker("answered Feb 12, 2011 at 8:15"));
        assert!(!heads_the_asker("asked the council on March 3, 2024 whether the bridge would be built before the winter"));
    }

    /// Once, a Chinese story kept "分享到：微信 微博 QQ空间" and "上一篇：... 下一篇：..."
    /// under its text, and a Japanese one "この記事をシェアする" and "次の記事：...".
    #[test]
    fn share_and_story_to_story_lines_in_chinese_japanese_and_korean() {
        for line in ["分享到：微信 微博 QQ空间", "分享", "この記事をシェアする", "ツイート シェア はてなブックマーク", "シェア", "공유하기"] {
            assert!(SHARE.is_match(line), "{line}");
        }
        for line in ["上一篇：周末天气晴朗 下一篇：足球比赛结果", "下一页", "次の記事：週末の天気", "이전 글"] {
            assert!(NAVIGATION.is_match(line), "{line}");
        }
        // Near misses: the same words inside a sentence or a longer word.
        for line in ["我们把这个消息分享到了网上。", "分享经验是一件好事。", "シェアハウスの魅力を紹介します。", "彼は次の記事を書いた。"] {
            assert!(!SHARE.is_match(line) && !NAVIGATION.is_match(line), "{line}");
        }
    }

    #[test]
    fn related_markers_match_at_the_start_only() {
        assert!(RELATED_INLINE.is_match("ALSO READ: Storm hits the coast"));
        assert!(RELATED_INLINE.is_match("READ MORE"));
        assert!(RELATED_SECTION.is_match("More From This Section"));
        assert!(RELATED_SECTION.is_match("More Great Example Stories"));
        assert!(RELATED_INLINE.is_match("Related Coverage: Laptops"));
        assert!(RELATED_SECTION.is_match("Você pode gostar..."));
        assert!(RELATED_SECTION.is_match("Das könnte Sie auch interessieren"));
        assert!(RELATED_SECTION.is_match("関連記事"));
        assert!(RELATED_SECTION.is_match("Related Articles"));
        assert!(RELATED_SECTION.is_match("You may also like"));
        assert!(RELATED_INLINE.is_match("Lesen Sie auch: Neue Buslinie"));
        assert!(RELATED_INLINE.is_match("À lire aussi : le budget"));
        assert!(RELATED_INLINE.is_match("Leggi di più"));
        assert!(RELATED_INLINE.is_match("Läs också: nyheter"));
        assert!(!RELATED_INLINE.is_match("Those who read more books live longer, the study found."));
        assert!(!RELATED_SECTION.is_match("More than 200 people attended the related hearing."));
        assert!(RELATED_SECTION.is_match("More On:"));
        assert!(RELATED_SECTION.is_match("More:"));
        assert!(!RELATED_SECTION.is_match("More: the council wants a second bridge."));
        assert!(RELATED_SECTION.is_match("Latest Insights"));
        assert!(!RELATED_SECTION.is_match("Insights from the latest survey show prices rising."));
    }

    #[test]
    fn a_threads_related_threads_and_questions_are_a_related_header() {
        for line in ["Similar threads", "Hot Network Questions", "Related questions", "Explore related questions", "Suggested Topics", "Linked"] {
            assert_eq!(RELATED_SECTION.is_match(line), line != "Linked", "{line}");
        }
        assert!(!RELATED_SECTION.is_match("Questions about the new bridge went unanswered."));
        assert!(!RELATED_SECTION.is_match("Recent threads of research point to the same gene."));
    }

    /// A list's header ends in a count or punctuation, never in more letters.
    #[test]
    fn a_thread_list_header_ends_in_a_count_or_punctuation_not_in_letters() {
        for line in ["Similar threads (12)", "Hot Network Questions:", "Related questions 4"] {
            assert!(RELATED_SECTION.is_match(line), "{line}");
        }
        for line in ["Similar threads ks", "Related questions s"] {
            assert!(!RELATED_SECTION.is_match(line), "{line}");
        }
    }

    #[test]
    fn subscription_matches_prices_plans_and_paywalls_but_not_reporting_on_them() {
        for line in ["₹300/Month", "$4.99 per month", "€ 9,99/mo", "3 Months", "SAVE 25%", "Subscribe", "Renews automatically, cancel anytime", "Sign up for our daily newsletter", "Join our newsletter"] {
            assert!(SUBSCRIPTION.is_match(line), "{line}");
        }
        assert!(!SUBSCRIPTION.is_match("The company said it paid $300 million for the stake last year."));
        assert!(!SUBSCRIPTION.is_match("Three months later, the plan was dropped."));
        assert!(!SUBSCRIPTION.is_match("$158.73"));
    }

    #[test]
    fn about_a_thing_is_no_authors_box_but_about_a_person_is() {
        for heading in ["About This Game", "About Our Company", "About Us", "About These Products", "About The Book"] {
            assert_eq!(rule_label(heading), None, "{heading}");
        }
        for heading in ["About Jane Doe", "About the author", "About The Author", "Über Max Muster"] {
            assert_eq!(rule_label(heading), Some(Label::Byline), "{heading}");
        }
    }

    #[test]
    fn share_navigation_ad_comments_legal_and_byline_tables() {
        // Each line with the label its first matching rule gives it.
        for (line, label) in [
            ("Share this article", Some(Label::Share)),
            ("Facebook Twitter WhatsApp Email", Some(Label::Share)),
            ("Follow Example News on", Some(Label::Share)),
            ("Like this story? Share it with a friend!", Some(Label::Share)),
            ("Found this interesting? Share to your network.", Some(Label::Share)),
            ("Next Story", Some(Label::Navigation)),
            ("Home › World › Europe", Some(Label::Navigation)),
            ("Advertisement", Some(Label::Ad)),
            ("CLICK HERE TO GET THE EXAMPLE NEWS APP", Some(Label::Ad)),
            ("Download the Example News app", Some(Label::Ad)),
            ("Download the Wag! app", Some(Label::Ad)),
            ("Leave a Reply", Some(Label::Comments)),
            ("12 Comments", Some(Label::Comments)),
            // A comment count spelt out is no name beside a date.
            ("No Comments", Some(Label::Comments)),
            ("One Comment", Some(Label::Comments)),
            ("No comment, the spokesman said.", None),
            ("1 Response", Some(Label::Comments)),
            ("Responses", Some(Label::Comments)),
            ("Response", None),
            ("© 2024 Example Media. All rights reserved.", Some(Label::Legal)),
            ("We use cookies to improve your experience. By continuing you accept them.", Some(Label::Legal)),
            ("By Jane Doe", Some(Label::Byline)),
            ("Impressum", Some(Label::Legal)),
            ("This document is subject to copyright. No part may be reproduced.", Some(Label::Legal)),
            ("Über Moritz Beispiel", Some(Label::Byline)),
            ("About the author", Some(Label::Byline)),
            ("About Us", None),
            ("Also on example.com Storm hits the coast", Some(Label::Related)),
            ("On Example.com: Car sales fall", Some(Label::Related)),
            ("Follow Newsroom on Instagram, Facebook and YouTube.", Some(Label::Share)),
            ("Image caption The mayor at the opening", Some(Label::Caption)),
            ("Let our news meet your inbox.", Some(Label::Subscription)),
            ("Please check the opt-in box to acknowledge that you would like to subscribe.", Some(Label::Subscription)),
            ("Example is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission.", Some(Label::Legal)),
            ("You are using an out of date browser. It may not display this or other websites correctly.", Some(Label::Boilerplate)),
            ("JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.", Some(Label::Boilerplate)),
            ("Your version of Internet Explorer is no longer supported. Please upgrade your browser.", Some(Label::Boilerplate)),
            ("You should upgrade or use an alternative browser.", Some(Label::Boilerplate)),
            ("This slideshow requires JavaScript.", Some(Label::Boilerplate)),
            ("You need to enable JavaScript to run this app.", Some(Label::Boilerplate)),
            ("You must have javascript enabled to submit the form.", Some(Label::Boilerplate)),
            ("Notice: JavaScript is required for this content.", Some(Label::Boilerplate)),
            ("Please ensure Javascript is enabled for purposes of website accessibility", Some(Label::Boilerplate)),
        ] {
            assert_eq!(rule_label(line), label, "{line}");
        }
        assert!(REPLY_BUTTON.is_match("Reply") && !REPLY_BUTTON.is_match("Leave a Reply"));
        for sentence in [
            "The minister said she would share the findings with parliament next week.",
            "Do not share passwords with your colleagues, the guide warns.",
            "Follow the money, investigators were told, and they moved on.",
            "Next, the committee will hear from witnesses about the budget.",
            "Critics said the comments were unhelpful and would inflame tensions.",
            "By the end of the day, the river had burst its banks.",
            "The cookies were sold out before noon, the baker said.",
            "The ad campaign ran for three weeks before it was pulled.",
            "Download the app, then open it and sign in with your account.",
            "Get the banking app from the store your phone uses.",
            "On Tuesday, the council met to discuss the bridge.",
            "Follow the river on foot and you reach the old mill.",
            "The company may earn more commission from the deal, analysts said.",
            "If you are using an outdated browser, the site falls back to plain pages.",
            "To get the fix, update your browser and restart it.",
            "If JavaScript is disabled, the page still shows the article.",
            "JavaScript is required to build the app, the tutorial says.",
            "Most single-page apps need JavaScript to render anything at all.",
            "The team chose to use a different browser engine for the kiosk.",
        ] {
            assert_eq!(rule_label(sentence), None, "{sentence}");
        }
    }

    #[test]
    fn dates_match_common_forms() {
        for line in ["Last Updated : Nov 16 2015 | 9:42 AM IST", "16 November 2015", "2019-11-19T10:31", "3 hours ago", "16. März 2015", "16 de noviembre de 2015", "le 3 décembre 2019 à 18h30 CET"] {
            assert!(DATE.is_match(line), "{line}");
        }
        assert!(!DATE.is_match("The meeting ended without a vote."));
    }

    #[test]
    fn a_date_written_year_first_is_a_date_as_it_parses() {
        // What `WRITTEN_DATE` parses, `DATE` finds: one grammar for the date line and its date.
        for line in ["2016.12.01", "2016. 12. 1.", "2019/11/19 14:30", "2024年3月3日", "2024년 3월 3일"] {
            assert!(DATE.is_match(line), "{line}");
            assert!(WRITTEN_DATE.is_match(line), "{line}");
        }
        // Near misses: a version number that goes on, a date in a web address's path.
        for line in ["rev 2025.12.19.38237", "/2015/03/24/with-2-5-billion"] {
            assert!(!DATE.is_match(line), "{line}");
        }
    }

    #[test]
    fn comment_headers_and_share_buttons_are_read_in_other_languages() {
        for line in ["3 Kommentare", "Commentaires (12)", "Comentarios", "Комментарии", "Schreibe einen Kommentar", "Laisser un commentaire"] {
            assert_eq!(rule_label(line), Some(Label::Comments), "{line}");
        }
        for line in ["Teilen", "Partager cet article", "Condividi", "Поделиться"] {
            assert_eq!(rule_label(line), Some(Label::Share), "{line}");
        }
        // Near misses: a sentence that opens with the word, a Spanish line opening with "del".
        for line in ["Kommentare aus der Politik blieben am Montag aus.", "Del 3 al 5 de marzo la plaza estará cerrada.", "Teilen Sie uns Ihre Meinung zur neuen Fähre mit."] {
            assert_eq!(rule_label(line), None, "{line}");
        }
    }

    #[test]
    fn chaff_lines_that_english_has_patterns_for_are_read_in_the_other_languages_of_the_month_table_too() {
        for line in ["Alle Rechte vorbehalten", "Tous droits réservés", "© Lokalzeitung GmbH – Todos los derechos reservados."] {
            assert!(COPYRIGHT_NOTICE.is_match(line), "{line}");
            assert_eq!(rule_label(line), Some(Label::Legal), "{line}");
        }
        for line in ["Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Nous utilisons des cookies pour améliorer votre expérience.", "Utilizziamo i cookie per migliorare la tua esperienza."] {
            assert_eq!(rule_label(line), Some(Label::Legal), "{line}");
        }
        for line in ["Jetzt den Newsletter abonnieren und keine Nachricht mehr verpassen!", "Melden Sie sich für unseren Newsletter an", "Assine nossa newsletter", "Schrijf je in voor onze nieuwsbrief", "Recibe nuestra newsletter en tu correo", "Zapisz się do naszego newslettera"] {
            assert_eq!(rule_label(line), Some(Label::Subscription), "{line}");
        }
        assert_eq!(rule_label("Comparte este artículo"), Some(Label::Share));
        assert_eq!(rule_label("Folgen Sie uns auf Facebook"), Some(Label::Share));
        for line in ["Lees meer", "Meistgelesen", "Lo más leído", "Mehr aus Politik", "Altre notizie"] {
            assert_eq!(rule_label(line), Some(Label::Related), "{line}");
        }
        assert_eq!(rule_label("Bildquelle: Reuters"), Some(Label::Caption));
        for line in ["Nach oben", "Zurück nach oben", "Retour en haut", "Volver arriba", "Startseite", "Inicio", "Zum Inhalt springen", "Menü", "Suche", "Schließen", "Nächster Artikel", "Article précédent", "War dieser Artikel hilfreich?", "Cet article vous a-t-il été utile ?"] {
            assert_eq!(rule_label(line), Some(Label::Navigation), "{line}");
        }
        // Near misses: the same words in a sentence of the story, or not alone on their line.
        for line in [
            "Die Rechte an dem Foto liegen beim Verlag.",
            "Der Bäcker verwendet Cookies aus eigener Herstellung.",
            "Nach oben ging es für die Aktie am Montag nicht.",
            "Die Startseite der Stadt wurde am Montag erneuert.",
            "Die Suche nach dem Boot dauerte bis zum Abend.",
            "Artículo",
            "Der Newsletter des Vereins erscheint monatlich.",
            "Mehr aus Politik und Wirtschaft lesen Sie morgen.",
            "Meistgelesen war im vergangenen Jahr der Bericht über die Fähre.",
        ] {
            assert_eq!(rule_label(line), None, "{line}");
        }
    }

    #[test]
    fn ads_and_credits_are_read_in_other_languages() {
        for line in ["Anzeige", "Publicité", "Реклама"] {
            assert_eq!(rule_label(line), Some(Label::Ad), "{line}");
        }
        for line in ["Foto: dpa", "Crédit photo : AFP", "Quelle: Reuters", "Фото: ТАСС"] {
            assert_eq!(rule_label(line), Some(Label::Caption), "{line}");
        }
        // Near misses: a complaint ("Anzeige") in a sentence, photos in a sentence.
        for line in ["Die Anzeige wurde am Montag bei der Polizei erstattet.", "Fotos zeigen, wie die Fähre am Anleger festmacht."] {
            assert_eq!(rule_label(line), None, "{line}");
        }
    }

    #[test]
    fn dates_are_found_in_the_languages_of_the_month_table() {
        for line in ["3 марта 2024", "3 مارس 2024", "3 marca 2024", "3 Mart 2024", "3 Maret 2024", "3. maj 2024"] {
            assert!(DATE.is_match(line), "{line}");
        }
    }

    #[test]
    fn a_byline_names_someone_with_a_capital_or_in_a_script_without_capitals() {
        for line in ["By Jane Doe", "by 山田花子", "Von Müller", "by ライトハウス国際特許事務所 ／ 2016.12.01"] {
            assert!(BYLINE.is_match(line), "{line}");
        }
        // "Author" in other languages, with a colon (a wide one too) or without.
        for line in ["Autor: Ana Ruiz", "Auteur : Claire Dubois", "Автор: Иван Петров", "作者：王小明", "بقلم أحمد علي", "Yazar: Ayşe Demir"] {
            assert!(BYLINE.is_match(line), "{line}");
        }
        for line in ["by the way, the bridge is open", "by 2026 the bridge will be open", "Autorisation requise", "autor desconocido"] {
            assert!(!BYLINE.is_match(line), "{line}");
        }
    }

    #[test]
    fn class_tables_match_whole_tokens_and_parts() {
        assert!(CLASS_RELATED.is_match("entry related-posts"));
        assert!(!CLASS_RELATED.is_match("unrelated"));
        assert!(CLASS_COMMENTS.is_match("comments-area"));
        assert!(CLASS_CONTENT.is_match("entry-content-read-more"));
        // "Author" in other languages, as a token; not inside another word.
        for class in ["article-autor", "auteur", "autore_name", "verfasser"] {
            assert!(CLASS_BYLINE.is_match(class), "{class}");
        }
        for class in ["autorenliste", "autorisation", "autoren-box"] {
            assert!(!CLASS_BYLINE.is_match(class), "{class}");
        }
    }

    #[test]
    fn stopwords_cover_several_languages() {
        for word in ["the", "und", "les", "para", "что"] {
            assert!(STOPWORDS.contains(word), "{word}");
        }
    }
}
