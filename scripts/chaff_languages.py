#!/usr/bin/env python3
"""Which chaff lines in other languages the cleaner keeps: each line below is
set between two paragraphs of a story (a German one; the English line of
each family in an English story), on a text page or inside an HTML page's
`<article>`, and the line's label is printed, marked where it was kept. The
first line of each family is the English one that a pattern table reads; the
others are the same line in the languages of the month table. wcxb is English,
so this is where the tables' other languages are measured (session 76).

  python3 scripts/chaff_languages.py [--bin target/release/dechaff] [--track text|html] [--kept]
"""
import argparse, json, subprocess

ENGLISH = [
    "The council met on Monday evening after a long debate and passed the budget for the coming year, and the members agreed on most points.",
    "Spending on roads and schools was the most disputed, and the opposition said too little money had been set aside for repairs.",
    "In the end 24 members voted for the draft and twelve against, and the budget takes effect on 1 January and will be reviewed in summer.",
]
GERMAN = [
    "Der Stadtrat hat am Montagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, und die Mitglieder einigten sich auf die meisten Punkte.",
    "Besonders umstritten waren die Ausgaben für Straßen und Schulen, und die Opposition kritisierte, dass zu wenig Geld für die Sanierung vorgesehen sei.",
    "Am Ende stimmten 24 Ratsmitglieder für den Entwurf, zwölf dagegen, und der Haushalt tritt am 1. Januar in Kraft und soll im Sommer überprüft werden.",
]
# Each family: the English line first, then its translations.
FAMILIES = {
    "copyright": ["All rights reserved", "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los derechos reservados", "Tutti i diritti riservati", "Todos os direitos reservados", "Alle rechten voorbehouden"],
    "cookies": ["We use cookies to improve your experience.", "Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "Nous utilisons des cookies pour améliorer votre expérience.", "Utilizamos cookies para mejorar su experiencia.", "Utilizziamo i cookie per migliorare la tua esperienza.", "Wij gebruiken cookies om je een betere ervaring te bieden."],
    "newsletter": ["Sign up for our newsletter", "Melden Sie sich für unseren Newsletter an", "Jetzt den Newsletter abonnieren und nichts verpassen!", "Abonnez-vous à notre newsletter", "Suscríbete a nuestro boletín", "Iscriviti alla nostra newsletter", "Assine nossa newsletter", "Schrijf je in voor onze nieuwsbrief"],
    "share": ["Share this article", "Diesen Artikel teilen:", "Partager cet article", "Comparte este artículo", "Condividi su Facebook", "Compartilhe no Facebook", "Deel dit artikel"],
    "follow": ["Follow us on Facebook", "Folgen Sie uns auf Facebook", "Suivez-nous sur Facebook", "Síguenos en Facebook", "Seguici su Facebook", "Siga-nos no Facebook", "Volg ons op Facebook"],
    "read more": ["Read more", "Weiterlesen", "Lire la suite", "Leer más", "Continua a leggere", "Leia mais", "Lees meer"],
    "see also": ["See also", "Lesen Sie auch", "À lire aussi", "Te puede interesar", "Leggi anche", "Leia também", "Lees ook"],
    "most read": ["Most read", "Meistgelesen", "Les plus lus", "Lo más leído", "I più letti", "Mais lidas", "Meest gelezen"],
    "more news": ["More news", "Mehr Nachrichten", "Plus d'actualités", "Más noticias", "Altre notizie", "Mais notícias", "Meer nieuws"],
    "back to top": ["Back to top", "Nach oben", "Retour en haut", "Volver arriba", "Torna su", "Voltar ao topo", "Naar boven"],
    "home": ["Home", "Startseite", "Accueil", "Inicio", "Página inicial", "Startsida"],
    "skip": ["Skip to content", "Zum Inhalt springen", "Aller au contenu", "Saltar al contenido", "Vai al contenuto", "Ir para o conteúdo", "Naar de inhoud"],
    "menu": ["Menu", "Menü", "Hauptmenü", "Menú", "Menu principale"],
    "search": ["Search", "Suche", "Rechercher", "Buscar", "Cerca", "Pesquisar", "Zoeken"],
    "close": ["Close", "Schließen", "Fermer", "Cerrar", "Chiudi", "Fechar", "Sluiten"],
    "next article": ["Next article", "Nächster Artikel", "Article suivant", "Siguiente artículo", "Articolo successivo", "Próximo artigo", "Volgend artikel"],
    "helpful": ["Was this article helpful?", "War dieser Artikel hilfreich?", "Cet article vous a-t-il été utile ?", "¿Te ha resultado útil este artículo?", "Questo articolo ti è stato utile?", "Este artigo foi útil?", "Was dit artikel nuttig?"],
    "comments": ["3 Comments", "3 Kommentare", "Commentaires (3)", "Comentarios (5)", "Lascia un commento", "Comentários", "Reacties (4)"],
    "credit": ["Photo: AP", "Foto: dpa", "Bildquelle: Reuters", "Crédits photo : AFP", "Fuente: EFE"],
    "ad": ["Advertisement", "Anzeige", "Publicité", "Publicidad", "Pubblicità", "Publicidade", "Advertentie"],
    "byline": ["By Jane Doe", "Von Anna Müller", "Par Jean Dupont", "Por María García", "Di Marco Rossi", "Door Jan de Vries"],
}


def page(line, story, track):
    if track == "text":
        return f"A Headline\n\n{story[0]}\n\n{story[1]}\n\n{line}\n\n{story[2]}\n"
    paragraphs = "".join(f"<p>{text}</p>" for text in [story[0], story[1], line, story[2]])
    return f"<html><head><title>A Headline</title></head><body><article><h1>A Headline</h1>{paragraphs}</article></body></html>"


def verdict(binary, line, story, track):
    out = subprocess.run([binary, "-f", "json", "--input", track], input=page(line, story, track).encode(), capture_output=True, check=True).stdout
    for block in json.loads(out)["blocks"]:
        if block["text"] == line:
            return block
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/release/dechaff")
    ap.add_argument("--track", choices=["text", "html"], default="text")
    ap.add_argument("--kept", action="store_true", help="print only the lines that were kept")
    args = ap.parse_args()
    kept = total = 0
    for family, lines in FAMILIES.items():
        for i, line in enumerate(lines):
            block = verdict(args.bin, line, ENGLISH if i == 0 else GERMAN, args.track)
            is_kept = block is None or block["kept"]
            kept += is_kept and i > 0
            total += i > 0
            if is_kept or not args.kept:
                label = f"{block['label']:<12} {block['decided_by']}" if block else "(not a block of its own)"
                print(f"{family:<12} {'KEPT' if is_kept else 'drop'}  {line[:60]:<60}  {label}")
    print(f"{kept} of {total} lines in other languages kept ({args.track})")


if __name__ == "__main__":
    main()
