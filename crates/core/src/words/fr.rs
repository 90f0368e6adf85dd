use super::keys::KeyWords;
use super::table::Words;

pub static FR: Words = Words {
    keys: KeyWords {
        enter: "Entrée",
        esc: "Échap",
        space: "Espace",
        // One key, one word: help separates keys by spaces.
        backspace: "Retour\u{a0}arrière",
        tab: "Tab",
        back_tab: "Maj-Tab",
        home: "Début",
        end: "Fin",
        page_up: "PgPréc",
        page_down: "PgSuiv",
        delete: "Suppr",
        insert: "Inser",
        ctrl: "Ctrl",
        alt: "Alt",
        any_key: "n'importe quelle touche",
        letters: "lettres",
    },
    anonymous: "Anonyme",
    episode_short: "Ép.",
    word_testimony: "Témoignage",
    word_figure: "Chiffre",
    word_debate: "Débat",
    word_episode: "Épisode",
    question_for_you: "Question pour vous",
    question_to_the_room: "Question à la salle",
    compared_with: "Comparé à",
    out_of: "Sur",
    source_label: "Source :",
    answer_label: "Réponse :",
    for_the_facilitator: "Pour l'animation",
    to_discuss: "À discuter",
    credits: "Générique",
    content_notice: "Avertissement :",
    rooms_answer: "Réponse de la salle :",
    in_reality: "En réalité :",
    debate_questions: "Questions du débat",
    skipped_by_the_room: "Passés par la salle (avertissement) :",
    handout_of: |s| format!("Synthèse de la projection « {s} »"),
    guess_spread: |median, n, lo, hi| format!("médiane {median} ({n} estimations, de {lo} à {hi})"),
    years_old: |age| format!("{age} ans"),
    participant: "Un intervenant",
    same_participant: "Le même intervenant",
    from_the_room: "(intervient depuis la salle)",
    kind_narration: "Narration",
    kind_testimony: "Témoignage",
    kind_figure: "Chiffre",
    kind_debate: "Débat",
    kind_question: "Question",
    kind_recap: "Bilan",
    bookmark_added: "Marque-page posé : {Bookmarks} liste vos marque-pages.",
    bookmark_removed: "Marque-page retiré.",
    bookmarked_mark: "marqué",
    answer_again: "Répondre à nouveau : choisir, puis {Answer}.",
    no_such_episode: |n, count| {
        format!("Il n'y a pas d'épisode {n} : ce documentaire en compte {count}.")
    },
    welcome_back: |place, key| {
        format!("Bon retour : {place}. La touche {key} ramène au premier panneau du chapitre.")
    },
    the_journey: "parcours",
    the_session_log: "journal de séance",
    why_unreadable: "illisible",
    why_not_utf8: "pas du texte UTF-8",
    why_newer: |v| format!("écrit par une version plus récente (format {v})"),
    moved_aside: |w, why, to| {
        format!(
            "Le fichier de {w} était {why}\u{a0}; il est conservé sous {to} et un nouveau {w} commence."
        )
    },
    in_use: |w| format!("Ce {w} est ouvert dans une autre fenêtre\u{a0}: lecture sans sauvegarde."),
    cannot_save: |w, e| {
        format!("Le {w} ne peut pas être enregistré ({e})\u{a0}: lecture sans sauvegarde.")
    },
    save_failed: |w, e| {
        format!(
            "Le {w} n'a pas pu être enregistré ({e})\u{a0}: nouvel essai au prochain changement."
        )
    },
    saving_again: |w| format!("Le {w} est de nouveau enregistré."),
    refused_file: |path, w, e| {
        format!("{path} ne peut pas servir de fichier de {w}\u{a0}: {e}. Rien n'a été modifié.")
    },
    no_state_folder_journey: "Pas de dossier d'état sur ce système : lecture sans sauvegarde du parcours.",
    no_state_folder_session: "Pas de dossier d'état sur ce système : la séance n'est pas consignée.",
    no_console_link: |e| format!("Pas de lien avec une console d'animation ({e})."),
    waiting_for_session: |name| {
        format!(
            "En attente de l'écran de la séance « {name} » : lancez `invisibles --session {name}` dans un autre terminal ; cette console le suit dès qu'il est là."
        )
    },
    waiting_for_any_screen: |dir| {
        format!(
            "En attente d'un écran : lancez `invisibles --present` ou `invisibles --session NOM` dans un autre terminal (recherche dans {dir})."
        )
    },
    room_guesses: |n, lo, hi, median| {
        format!("Les {n} estimations de la salle : de {lo} à {hi}, médiane {median}")
    },
    guess_nothing_to_erase: "Rien à effacer : {Back} revient en arrière.",
    guess_one_separator: "Un seul séparateur décimal : le second n'est pas pris.",
    guess_too_long: "Le nombre est assez long : plus aucun chiffre n'est pris.",
    guess_above: |typed, hi| {
        format!("{typed} n'est pas pris : l'estimation la plus haute est {hi}.")
    },
    guess_below: |typed, lo| {
        format!("{typed} n'est pas pris : l'estimation la plus basse est {lo}.")
    },
    guess_range: |lo, hi, step| format!("De {lo} à {hi}, par pas de {step}."),
    guess_typed: |typed, counts| format!("Vous avez tapé {typed} : cela compte pour {counts}."),
    guess_typed_below: |typed, lo| {
        format!("Vous avez tapé {typed} : c'est sous l'estimation la plus basse, {lo}.")
    },
    search_title: "Aller à un panneau",
    problems_title: "Les épisodes ne se chargent plus : corrigez, enregistrez",
    search_prompt: "Tapez quelques mots, un nom ou un chiffre",
    search_none: "Aucun résultat.",
    guess_right: "Dans le mille : c'est bien le chiffre.",
    console_unknown_panel: |id| format!("Une console a demandé un panneau inconnu « {id} »."),
    ui_the_room: "  La salle\u{a0}: ",
    ui_tie: |options| format!("égalité entre {options}"),
    ui_no_room_answer: "pas de réponse de la salle",
    ui_not_revealed: "pas encore dévoilé",
    ui_room_guessing: "La salle estime\u{a0}: chaque participant tape son chiffre.",
    ui_rooms_median: |median, n| {
        if n == 1 {
            format!("{median} (une seule estimation)")
        } else {
            format!("{median} (médiane de {n}\u{a0}estimations)")
        }
    },
    guess_ratio: |ratio| format!("environ {ratio}\u{a0}fois le chiffre réel"),
    colon: "\u{a0}: ",
    console_following_the_screen: "● relié à l'écran",
    console_refused_by_the_screen: "○ refusée par l'écran :",
    console_waiting_for_the_screen: "○ en attente de l'écran…",
    console_facilitator_console_session: "Console d'animation, séance",
    console_facilitator_console: "Console d'animation",
    console_black_screen: "ÉCRAN NOIR",
    console_content_notice_on_screen: "avertissement à l'écran",
    console_session: "Séance",
    console_the_end_credits: "Fin (générique)",
    console_title_screen: "Écran titre",
    console_panel: "panneau",
    console_chapter: "Chapitre",
    console_over_the_suggested_time: "  — au-delà du temps suggéré",
    console_to_discuss: "À discuter :",
    console_next: "Ensuite : ",
    console_left_in_the_discussion: "de discussion restantes",
    console_invite_the_quiet_voices: " — donnez la parole à ceux qui ne l'ont pas prise",
    console_time_is_up: "⏱ Le temps est écoulé.",
    console_several_screens_are_running_which: "Plusieurs écrans tournent. Lequel animez-vous ?",
    console_waiting_for_the_screen_2: "En attente de l'écran.",
    console_notice_on_screen_s_skips: "Avertissement à l'écran ({Skip} passe ce qu'il annonce, {Next} le montre) :",
    console_questions_picks_one_on_screen: "Questions ({Up}{Down} en choisit une à l'écran, {Next} révèle ses réponses) :",
    console_room_poll_choose_count_hands: "Vote de la salle — {Up}{Down} choisir, {VoteUp}/{VoteDown} compter les mains",
    console_the_report: "Le rapport :",
    console_guess_given: "Estimation donnée :",
    console_guess_on_screen: "Estimation à l'écran :",
    console_real_figure: "Le vrai chiffre :",
    help_at_end: "{Up} revenir plus haut",
    autoplay_mark: "▶ lecture auto",
    timer_over: "temps écoulé",
    ui_watching: "Pendant la lecture",
    ui_on_a_question: "Sur une question",
    room_guess_above: "✗ refusé : au-delà de l'estimation la plus haute",
    room_guess_below: "✗ refusé : sous l'estimation la plus basse",
    room_guess_separator: "✗ un seul séparateur décimal",
    room_guess_too_long: "✗ le nombre est assez long",
    ui_guess_enter_answer: "{Answer} répondre · {Next} passer",
    ui_answered_go_on_only: "✓ répondu · {Next} continuer",
    ui_more_below: "lire la suite",
    ui_on_a_guess: "Sur une estimation",
    ui_on_a_content_notice: "Sur un avertissement",
    ui_on_the_black_screen: "Sur l'écran noir",
    ui_in_the_contents: "Dans le sommaire",
    ui_in_the_bookmarks: "Dans les marque-pages",
    ui_going_to_a_panel: "Pour aller à un panneau",
    ui_in_this_help: "Dans cette aide",
    ui_keys_esc_or_to_close: "Touches — {Close} ou {Help} pour fermer",
    ui_scroll_for_more: "{Up}{Down} défiler pour la suite",
    ui_content_notice: "⚠  Avertissement",
    ui_s_skip_this_chapter: "{Skip}  passer ce chapitre",
    ui_s_skip_this_panel: "{Skip}  passer ce panneau",
    ui_enter_view: "{Next}  voir",
    ui_bookmarks_enter_go_b_remove: "Marque-pages — {Next} aller · {ToggleBookmark} retirer · {Close} fermer",
    ui_no_bookmark_yet_press_b: "Aucun marque-page : appuyez sur {ToggleBookmark} sur un panneau pour le marquer.",
    ui_ep: "Ép.",
    ui_title: "Titre",
    ui_the_end: "Fin",
    ui_panel: "Panneau",
    ui_of: "sur",
    ui_contents_choose_enter_go_esc: "Sommaire — {Up}{Down} choisir · {Next} aller · {Close} fermer",
    ui_seen: "vu",
    ui_you_are_here: "  ◀ vous êtes ici",
    ui_or_enter_to_begin_t: "{Next} pour commencer · {Contents} sommaire · {Help} aide",
    ui_back_t_contents_q_quit: "{Back} retour · {Contents} sommaire · {Quit} quitter",
    ui_not_answered: "(sans réponse)",
    ui_you: "  Vous : ",
    ui_real: "  Réel : ",
    ui_no_question_in_this_episode: "Pas de question dans cet épisode.",
    ui_asks: "demande :",
    ui_reveal_the_next_answer: "{Next} révéler la réponse suivante",
    ui_answered_another_question_go_on: "✓ répondu · {Up}{Down} autre question · {Next} continuer",
    ui_anonymous: "Anonyme",
    ui_next_passage: "  {Next} passage suivant",
    ui_source: "Source : ",
    ui_a_question_for_you: "Une question pour vous",
    ui_your_guess: "Votre estimation : ",
    ui_your_guess_more_less: "Votre estimation ({Up} plus, {Down} moins) : ",
    ui_rooms_guess: "L'estimation de la salle : ",
    ui_the_real_figure: "Le chiffre réel : ",
    ui_or_enter_answer: "{Up}{Down} choisir · {Answer} répondre · {Next} passer",
    ui_answered_go_on: "✓ répondu · {Next} continuer · {AnswerAgain} répondre à nouveau",
    ui_reveal_rooms_answer: "{Next} dévoiler la réponse de la salle",
    room_a_question_from_the_room: "Une question de la salle",
    room_type: "Tapez",
    room_password: "Mot de passe",
    room_host_key: "Clé de l'hôte",
    room_follow_on_your_own_terminal: "Suivez sur votre propre terminal",
    room_on_your_own: "à votre rythme",
    room_following_the_room: "● vous suivez la salle",
    room_browsing_on_your_own_f: "○ vous parcourez seul — {Follow} : revenir à la salle",
    room_your_question: "Votre question : ",
    room_over_ssh: "Par SSH : ",
    room_code: "  code ",
    room_i_on_the_screen: "  ({ToggleInvitation} à l'écran)",
    room_questions_from_the_room: "Questions de la salle",
    room_q_next_on_the_screen: "{QuestionNext} la suivante à l'écran, {QuestionAnswered} répondue, {QuestionHide} masquer",
    room_more: "de plus",
    room_voted: "✓ votre vote est compté (modifiable)",
    room_asked: "✓ votre question est sur la liste de l'animateur",
    room_following_moves: "l'animateur fait avancer la salle\u{a0}; {Follow} pour parcourir seul",
    console_people: |n, names| match n {
        0 => "Aucun participant ne suit depuis son terminal.".into(),
        1 => format!("1\u{a0}participant suit\u{a0}: {names}"),
        _ => format!("{n}\u{a0}participants suivent\u{a0}: {names}"),
    },
    handout_participants: |n| match n {
        0 | 1 => format!("{n}\u{a0}participant a suivi depuis son terminal."),
        _ => format!("{n}\u{a0}participants ont suivi depuis leur terminal."),
    },
    room_not_sent_no_screen: "✗ question non envoyée\u{a0}: aucun écran ne suit la salle",
    room_not_sent_full: "✗ question non envoyée\u{a0}: la liste de l'animateur est pleine",
    room_not_sent_yours: "✗ question non envoyée\u{a0}: vous en avez déjà 3 en attente",
    room_not_sent_on_its_way: "✗ question non envoyée\u{a0}: la précédente est en route",
    room_not_sent_busy: "✗ question non envoyée\u{a0}: la salle est saturée, réessayez",
    room_vote_not_counted: "✗ vote non compté (la salle est saturée)\u{a0}: validez de nouveau",
    room_discussion: "Écran noir\u{a0}: une discussion est en cours dans la salle.",
    room_questions_title: "Les questions de la salle, les plus votées d'abord",
    room_questions_keys: "{Up}{Down} choisir · {Next} voter · {Back} fermer",
    room_questions_none: "Pas encore de question de la salle\u{a0}: {Ask} pour en poser une.",
    room_question_yours: "la vôtre",
    room_question_answered: "répondue",
    room_upvote_sent: "✓ vote envoyé (un par question)",
    needs_a_terminal: "Invisibles a besoin d'un terminal : connectez-vous avec `ssh -t`.",
    room_alone: "aucune projection en cours : vous regardez à votre rythme",
    room_poll_closed: "le vote sur cette question est clos\u{a0}: votre bulletin n'a pas été compté",
    ui_as_a_participant: "En participant",
    ui_writing_a_question: "En écrivant une question",
    room_screen_away: "○ en attente de l'écran (il redémarre)",
    too_small: |nw, nh, w, h| format!("Terminal trop petit : {w}x{h} (min. {nw}x{nh})"),
    card_episode: |n, count| format!("Épisode {n} sur {count}"),
    card_minutes: |m| format!("environ {m} min avec les discussions"),
    card_chapters: |n| match n {
        0 | 1 => format!("{n} chapitre"),
        _ => format!("{n} chapitres"),
    },
    card_reading: |m| format!("env. {m} min"),
    card_notices: |n| match n {
        1 => "⚠  Un avertissement : il permet de passer ce qu'il annonce".to_owned(),
        _ => format!("⚠  {n} avertissements : chacun permet de passer ce qu'il annonce"),
    },
    card_hint: "{Next} commencer · {Back} retour · {Contents} sommaire",
    console_card_on_screen: |title| format!("Carte de titre à l'écran : {title}"),
    console_help_following: "En suivant l'écran",
    console_help_list: "Dans la liste des chapitres",
    console_help_pick: "Pour choisir un écran",
    console_help_help: "Dans cette aide",
    console_link_ready: "Le lien avec la console d'animation est prêt.",
    asked_answered: "répondue",
    asked_upvotes: |n| {
        if n <= 1 {
            format!("{n}\u{a0}vote")
        } else {
            format!("{n}\u{a0}votes")
        }
    },
    link_other_user: "l'écran appartient à un autre utilisateur",
    link_too_many: |max| format!("l'écran a déjà {max} consoles"),
    link_no_hello: "la console ne s'est pas présentée",
    link_version: |screen, client| {
        format!("l'écran parle le protocole {screen}, la console le {client}")
    },
    link_too_large: |max| format!("un message dépassait {max} octets"),
    link_too_slow: "la console ne lisait plus",
    link_protocol: "l'autre bout ne parle pas le protocole des consoles",
    link_refused_user: |uid, reason| {
        format!("Lien des consoles : utilisateur {uid} refusé ({reason})")
    },
    link_refused: |reason| format!("Lien des consoles : une console a été refusée ({reason})"),
    link_bad_message: |error| format!("Lien des consoles : un message illisible ({error})"),
    link_second_hello: "Lien des consoles : une console s'est présentée deux fois",
    link_unknown: |error| format!("Lien des consoles : à qui est cette console ? ({error})"),
    link_not_sent: |bytes| {
        format!("Lien des consoles : un message de {bytes} octets n'a pas été envoyé")
    },
    link_trouble: |error| format!("Lien des consoles : {error}"),
    link_not_a_folder: |path| format!("{path} n'est pas un dossier"),
    link_other_users_folder: |path, uid| {
        format!("le dossier {path} appartient à un autre utilisateur (uid {uid})")
    },
    link_not_a_socket: |path, kind| {
        format!("{path} est {kind}, pas un socket de console ; il a été laissé tel quel")
    },
    link_kind_symlink: "un lien symbolique",
    link_kind_folder: "un dossier",
    link_kind_file: "un fichier ordinaire",
    link_kind_special: "un fichier spécial",
    link_in_use: "un autre écran sert déjà cette séance",
};
