use super::Words;

pub static FR: Words = Words {
    anonymous: "Anonyme",
    episode_short: "Ép.",
    bookmark_added: "Marque-page posé : B liste vos marque-pages.",
    bookmark_removed: "Marque-page retiré.",
    bookmarked_mark: "marqué",
    answer_again: "Répondre à nouveau : choisir, puis →.",
    no_such_episode: |n, count| {
        format!("Il n'y a pas d'épisode {n} : ce documentaire en compte {count}.")
    },
    welcome_back: |place, key| format!("Bon retour : {place}. {key} : le début du chapitre."),
    search_title: "Aller à un panneau",
    search_prompt: "Tapez quelques lettres d'un titre, d'un nom ou d'un chiffre",
    search_none: "Aucun résultat.",
    guess_right: "Dans le mille : c'est bien le chiffre.",
    guess_typed: "tapé",
    console_unknown_panel: |id| format!("Une console a demandé un panneau inconnu « {id} »."),
    colon: "\u{a0}:",
    help_at_end: "↑ revenir plus haut",
    autoplay_mark: "▶ lecture auto",
    timer_over: "temps écoulé",
};
