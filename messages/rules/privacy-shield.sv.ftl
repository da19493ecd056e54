# Messages of `privacy-shield` (sv).

privacy-shield-message = skölden för skydd av personuppgifter mellan EU och USA (Privacy Shield) har inte kunnat användas för överföringar sedan den { $date }, då EU-domstolen ogiltigförklarade den i mål { $case }
privacy-shield-label = ogiltig överföringsgrund
privacy-shield-help = om mottagaren är certifierad enligt ramen för dataskydd mellan EU och USA (Data Privacy Framework, { $list }), skriv `mechanism: dpf`; ingå annars avtal med mottagaren om de standardavtalsklausuler som fastställs i kommissionens genomförandebeslut { $number } och skriv `mechanism: sccs` samt `safeguard_copy`
