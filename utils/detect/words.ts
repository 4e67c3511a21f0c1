/**
 * Small hand-kept word classes the recognizers share: words that look like names or places on a
 * resume but are tools, months, section headings or job words (DETECTION-NOTES.md, "Failure
 * patterns"). All entries are lower-case; compare with {@link fold}ed tokens.
 */
import { fold, lexicon, type Token } from './lexicon';
import { NAME_PARTICLES } from './particles';
import { isAsciiLetter, isSpaceCode, textIs } from './scan';

const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const foldedSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map(fold));

/** Tools, languages, vendors and platforms that collide with person or place names. */
export const TECH = set(`
  jenkins pascal ruby rails python java javascript perl julia ada swift go rust kotlin scala groovy dart elixir
  erlang haskell lisp prolog fortran cobol basic delphi matlab maple mathematica dell hp ibm oracle sap hana
  salesforce heroku django flask spring hibernate struts angular react vue ember node express mongo mongodb redis
  kafka spark hadoop hive pig storm flink cassandra maven gradle ant git svn jira confluence bamboo docker
  kubernetes ansible puppet chef terraform vagrant argo nagios splunk tableau cognos informatica talend excel word
  outlook access visio sharepoint powerpoint office windows linux unix ubuntu debian fedora centos solaris aix mac
  ios android azure aws gcp apache tomcat jboss weblogic websphere nginx iis selenium cucumber jasmine mocha
  karma junit testng postman soap rest xml json html css sql mysql postgres postgresql sqlite teradata netezza
  vertica sybase informix db2 ssis ssrs ssas crystal siebel peoplesoft workday kronos tally quickbooks sage
  adobe photoshop illustrator indesign acrobat dreamweaver flash premiere autocad catia solidworks ansys revit
  maya blender unity unreal cisco juniper arista fortinet avaya citrix vmware hyper vsphere nutanix netapp emc veritas symantec
  mcafee norton kaspersky google microsoft amazon facebook meta apple intel amd nvidia samsung sony lenovo asus
  acer toshiba infosys wipro tcs accenture cognizant capgemini deloitte genpact mphasis hcl zoho freshworks
  linkedin github gitlab bitbucket indeed naukri monster glassdoor twitter instagram youtube whatsapp skype slack
  zoom webex teams outlook gmail yahoo hotmail mercury quality center alm rally trello asana
  agile scrum kanban lean sigma itil prince pmp ccna ccnp mcse mcsa mcp ocp scjp comptia cissp cisa ci cd
  jquery ajax bootstrap laravel symfony drupal joomla wordpress magento shopify woocommerce
  hyperion essbase obiee qlik qlikview microstrategy looker alteryx sas spss stata minitab eviews
  pega appian blue prism uipath kofax documentum filenet alfresco copilot codespaces primavera apex visualforce
  airflow redshift jekyll prisma zipkin jaeger gatling locust dagster prefect superset metabase redash grafana
  mimir kibana logstash consul nomad pulumi istio linkerd envoy traefik argocd fluxcd tekton spinnaker circleci
  teamcity sonarqube artifactory jfrog podman buildah containerd openshift kubeflow mlflow wandb dvc kserve
  bentoml dask polars numba cython pyspark snowflake databricks bigquery dbt fivetran airbyte mixpanel hotjar
  optimizely launchdarkly sentry datadog newrelic dynatrace pagerduty opsgenie sequelize typeorm mongoose celery
  sidekiq rabbitmq activemq zeromq pulsar samza kinesis
  yardi bluebeam procore veeva cerner meditech guidewire murex avaloq temenos finacle flexcube marketo eloqua
  pardot anaplan onestream blackline coupa ariba
  playwright puppeteer vitest jest pact appium testcafe webdriverio cypress
  sedona impala presto trino druid clickhouse pyramid falcon mesos capistrano
  lua cocoa directx macintosh vista uikit appkit swiftui xcode opengl vulkan metal webgl webgpu
  cessna beechcraft cirrus embraer airbus boeing bombardier gulfstream learjet pilatus sikorsky
  erp crm sdk api apis cms hrms hris lms ide etl rpa plm emr ehr saas
  figma framer sketch miro zeplin invision protopie spline canva procreate webflow balsamiq axure uxpin
  lucidchart coreldraw storybook
`);

/**
 * Tools whose names are also given names and are read as tools only inside a list of tools ("After
 * Effects, Lottie, Rive"): unlike {@link TECH} they do not stop the word from being a name anywhere
 * else, so a candidate called Lottie stays masked in "Lottie led the rebrand".
 */
export const LIST_TOOLS = set(`
  lottie rive athena aurora aurelia luigi
`);

/**
 * English pronouns, their contractions and sentence-opening function words: a closed class that
 * never names a person in running text ("I will be travelling", "You said", "We'll meet", "So I"),
 * although some of them are also given names in the name lexicons ("You", "So").
 */
/**
 * Verbs of page controls beside a person's name in button labels ("Unfollow Fenwick Osterberg",
 * "Endorse Fenwick", "Download Fenwick_CV.pdf"): words, not the start of a name. Only words that are
 * no surname (not "Block", "Call" or "Like"). Also the short cheers that open a comment before a
 * name ("Congrats Ifeoma!", "Kudos Maria"), which no word list holds.
 */
const UI_VERBS = set(`
  unfollow unfollowed endorse endorsed endorsement endorsements repost reposted reshare reshared download
  downloaded upload uploaded withdraw dismiss expand collapse invite invited congrats congratz kudos`);

/**
 * Nouns of web applications' interfaces that the frequent-word list (older than them) lacks: a page
 * title or a tab names them alone ("Inbox | Sales Navigator", "Scorecards", "Notifications"), where a
 * lone capitalised word that is no English word would read as a surname.
 */
const UI_NOUNS = set(`
  inbox inboxes outbox mailbox dashboard dashboards homepage login logout signup signin username usernames
  newsfeed hashtag hashtags bookmark bookmarks webinar webinars chatbot voicemail spam snoozed unarchive
  reposts shortlist shortlisted scorecard scorecards onboarding offboarding timeline timelines subtab upsell
  notifications inmail inmails smartlinks`);

export const FUNCTION_WORDS = set(`
  i me my mine myself you your yours yourself he him his himself she her hers herself we us our ours
  they them their theirs it its itself i'm i've i'll i'd you're you've you'll you'd we're we've we'll
  we'd they're they've they'll they'd he's he'll he'd she's she'll she'd it's that's there's let's
  so then there the this that these those hi hello hey
`);

/**
 * Function words and salutation words of German, French, Spanish, Italian, Portuguese and Dutch, and
 * the words of an Indonesian or Malay letter's address ("Kepada Yth.", to the honourable; "Dengan hormat")
 * (articles, pronouns, possessives, prepositions, conjunctions; "Sehr geehrte", "Madame, Monsieur",
 * "Estimados", "Egregio", "Prezados", "Geachte"), as written (lower case, accents kept, so the
 * Vietnamese given name "Biên" is not "bien"). Capitalised at a sentence's start, or as German writes
 * its polite pronouns ("Ihre Stellenanzeige", "in Ihrem Netzwerk"), they are no name part. Words that
 * are also names, name particles or places ("Das", "Le", "Au", "Mia", "Para") are in
 * {@link SENTENCE_FUNCTION_WORDS} instead. A word of three letters or fewer in capitals is an
 * acronym, not one of these ("MIT", "AUS", "ALS").
 */
export const FOREIGN_FUNCTION_WORDS = set(`
  die ein eine einer eines einem einen ich er sie es wir ihr ihre ihren ihrem ihrer ihres ihnen ihn ihm
  mein meine meinen meinem meiner meines mich dein deine deinen sein seine seinen seinem seiner seines
  unser unsere unserem unseren unserer euer eure uns sich mit und oder aber auch für über unter nach vor
  zum zur ins auf aus bis durch gegen ohne zwischen als wie wenn dass nicht kein keine sehr geehrte
  geehrter geehrten geehrtes liebe hallo hiermit gerne bitte während seit diese dieser dieses diesem
  diesen jede jeder jedes damen
  une aux ce cet cette ces mes tes ses notre nos votre leur leurs je nous vous ils elles toi eux et
  mais donc que dont où à dans pour sous avec sans chez entre vers depuis pendant comme madame monsieur
  mesdames messieurs mademoiselle bonjour bonsoir chère chères chers veuillez lors afin
  uno unos unas tú él nosotros vosotros ellos ellas usted ustedes mis tus sus nuestro nuestra nuestros
  nuestras vuestro vuestra pero sino quien cuando donde con por sobre hacia desde hasta estimado estimada
  estimados estimadas señores señoras muy hola buenos buenas este esta estos estas en
  gli degli delle dei allo agli alle nei sul io noi mio miei tuo tua suo sua nostro nostra vostro
  vostra però quando tra egregio egregia egregi spettabile buongiorno questo questa presso
  uns umas nas aos às pelo pela pelos pelas eu ele nós eles elas você vocês meu minha meus minhas seu
  seus suas nosso nossa com sem prezado prezada prezados prezadas olá senhores senhoras esse
  het een ik jij hij zij wij jullie mijn jouw uw zijn onze maar dat dit deze met voor naar uit
  bij aan tot zonder geachte graag tijdens sinds
  kepada yth hormat dengan untuk
`);

/**
 * Function and salutation words of those languages that are also given names, surnames, name
 * particles or places ("Au", "Le", "Das", "Mia", "Ella", "Durante", "Para", "Bien"): no name part only
 * where one opens a sentence before words of its language ("Au cours de", "Bien à vous", "Le poste
 * correspond à", "Durante mi etapa"; the German articles also before a noun, "Der Kunde war"). "Au
 * Yeung" and "Ella joined Acme" stay names.
 */
export const SENTENCE_FUNCTION_WORDS = set(`
  der den dem des das du im am an um zu bei mir weil lieber vom herren
  le la les de au un mon ton son sa ta tu si ni sur bien cher car qui il elle moi lui
  el los las lo al del mi su te yo ella una para como sin durante
  mia nella della alla ai ed voi mie che chi dove dalla dal gentile gentili loro
  da do dos no na ela em caro cara um mas essa
  haar om beste ze vos ons hun nel ao
`);

/**
 * The German articles and prepositions of {@link SENTENCE_FUNCTION_WORDS}: at a sentence's start also
 * before a capitalised noun ("Der Kunde war", "Im Team mit").
 */
export const GERMAN_BEFORE_NOUN = set('der den dem des das im am an um zu bei vom');

/**
 * Lower-case words that tell a sentence is in one of those languages: their function words, common
 * forms of "to be" and "to have", and any word with a letter past ASCII ({@link foreignClue}).
 */
const FOREIGN_VERBS = set(`
  est sont était étaient suis avons avez ont ist sind war waren bin bist habe hat haben wird werden
  fue fueron soy somos está están tengo tiene tienen è sono ho hanno é são foi sou tenho tem ben bent
  heeft hebben wordt werd
`);

/**
 * True when a lower-case word says its sentence is German, French, Spanish, Italian, Portuguese or
 * Dutch: a function word or verb of {@link FOREIGN_FUNCTION_WORDS}, {@link SENTENCE_FUNCTION_WORDS},
 * {@link FOREIGN_VERBS}, or a letter past ASCII ("société", "à", "trabajé"), which English words do not
 * have.
 */
export function foreignClue(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 128) return true;
  return FOREIGN_FUNCTION_WORDS.has(word) || SENTENCE_FUNCTION_WORDS.has(word) || FOREIGN_VERBS.has(word);
}

/**
 * Words that open a letter's salutation in Italian, Dutch, German, Czech, Slovak, Spanish, Portuguese,
 * French, Polish, Nordic, Hungarian, Romanian and Turkish ("Gentile Dott. Rossi", "Beste meneer Jansen",
 * "Liebe Frau Keller", "Geachte heer Van Dijk", "Vážený pane Nováku"), lower case as written: at a
 * line's start on a salutation line, no name part (many are also names: "Gentile", "Beste", "Cara").
 */
export const SALUTATION_WORDS = set(`
  gentile gentili gentilissimo gentilissima egregio egregia egregi spettabile caro cara cari care
  beste geachte liebe lieber liebes vážený vážená vážení milý milá estimado estimada estimados estimadas
  querido querida prezado prezada prezados cher chère chers chères szanowny szanowna szanowni kære bästa
  kedves stimate stimată stimata sayın dragi draga
  hola hallo olá ola bonjour ciao salve hej hei halo moin servus cześć czesc hejsan tjena
`);

/**
 * Honorifics after a salutation word, lower case as written ({@link SALUTATION_WORDS}): English and
 * European ones, the Italian "Dott."/"Dott.ssa"/"Ing."/"Avv.", the Czech and Slovak "pane"/"paní"/"Mgr."/"Bc.",
 * the Dutch "heer"/"meneer"/"mevrouw".
 */
export const SALUTATION_HONORIFICS = set(`
  mr mrs ms miss mx dr prof herr frau mme mlle madame monsieur señor señora sr sra srta signor signora sig
  sig.ra dott dott.ssa dottor dottoressa ing avv mgr bc dhr mevr mw heer meneer mevrouw pane paní pan pani
  panie
`);

/**
 * Spanish and Portuguese salutations and articles before "Sr" ("Estimado Sr. Quenby", "Prezado Sr.
 * Lozada", "el Sr. Marwood", "al Sr. Ferrín"): "Sr" is "señor" or "senhor" after them, never "senior"
 * (a regular expression's alternation, capitalised or not).
 */
export const SENOR_BEFORE =
  '[Ee]stimad[oa]s?|[Aa]preciad[oa]s?|[Dd]istinguid[oa]s?|[Qq]uerid[oa]s?|[Pp]rezad[oa]s?|[Cc]ar[oa]|[Ii]lustre|[Rr]espetad[oa]|el|al|del|ao';

/**
 * European honorifics written out before a surname, capitalised, some also names of the lexicon ("Herr",
 * "Frau"): no given name ("Frau Keller", "Lieber Herr Brandauer": the title and the name are apart).
 */
export const HONORIFIC_WORDS = set(
  'Herr Herrn Frau Madame Monsieur Mademoiselle Señor Señora Señorita Signor Signora Signorina Senhor Senhora Heer Meneer Mevrouw Pani Panie',
);

/**
 * Abbreviated academic and professional titles written with a dot before a name in Italian, Czech and
 * Slovak CVs and letters ("Dott. Marco Bellandi", "Ing. Tomáš Dvořák", "Mgr. Lucie Horáková", "Bc.",
 * "Avv."): no name part ("Ing" is a given name of the lexicon too).
 */
export const TITLE_ABBREVIATIONS = set('Dott Ing Avv Mgr Bc');

/**
 * Words of Turkish academic titles, as written ("Dr. Öğr. Üyesi", assistant professor; "Doç. Dr.",
 * "Arş. Gör.", "Öğr. Gör."): no name part, though a name follows them.
 */
export const ACADEMIC_TITLE_WORDS = set('öğr üyesi doç arş gör öğretim');

/**
 * Fields of study that no name lexicon holds: after an honorific they are the title's field, no
 * surname ("Dr. Chemistry", "Dr. Mathematics, ETH Zurich"). Words that are also surnames ("Law",
 * "Art") are left out.
 */
export const STUDY_FIELDS = set(`
  chemistry physics mathematics maths engineering economics medicine biology biochemistry biotechnology
  philosophy psychology sociology anthropology nursing pharmacy dentistry accounting finance history geography
  linguistics literature theology science sciences informatics statistics architecture education management
  marketing neuroscience geology astronomy astrophysics ecology genetics immunology pathology pharmacology
  epidemiology humanities jurisprudence
`);

/** True for a word of {@link FOREIGN_FUNCTION_WORDS} as written (an acronym of three capitals or fewer is none). */
function foreignFunctionWord(word: string): boolean {
  if (word.length <= 3 && word === word.toUpperCase()) return false;
  return FOREIGN_FUNCTION_WORDS.has(word.toLowerCase());
}

/** Month and weekday names and their abbreviations. */
export const CALENDAR = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  present current till date today now
`);

/**
 * Sign-off words of messages and cover letters, short forms and other languages' ("Thx,\nJordan",
 * "Rgds", "Saludos", "Viele Grüße", "Met vriendelijke groet", "Mvh"): the word is no name, and a name
 * may follow it. Left out: short forms that are also place codes or names ("TX", "BR", "KR", "Ty",
 * "LG") and words that are also surnames ("Gruss").
 */
export const SIGN_OFF_WORDS = `
  thx thnx thanx tnx thks tks rgds regds brgds faithfully cordially gratefully
  mfg mvg mvh grüße grüßen gruesse gruessen saludos saludo atentamente cordialmente abrazos abrazo
  atenciosamente abraços cumprimentos obrigado obrigada cordialement amicalement salutations saluti
  cordiali distinti groeten groet hälsningar hälsning hilsen hilsner pozdrawiam poważaniem saygılarımla
  terveisin
`;
/** "Thank you" in other languages: no name, but no cue either (they also end a sentence: "Merci.\nBien à vous"). */
const THANKS_WORDS = 'merci gracias grazie danke bedankt';
/** {@link SIGN_OFF_WORDS} and {@link THANKS_WORDS}, folded. */
export const SIGN_OFFS = foldedSet(`${SIGN_OFF_WORDS} ${THANKS_WORDS}`);

/**
 * Resume section headings and document words, with the field labels and headings of European CVs
 * (German, Spanish, French, Italian, Dutch, Swedish, Portuguese; kept folded: "Persönliche" is
 * "personliche"). A field label is no name, though its value may be one.
 */
export const SECTIONS = foldedSet(`
  resume curriculum vitae cv europass biodata profile summary objective career objectives experience experiences
  education educational qualification qualifications academic academics skills skill technical projects
  project certifications certification certificate awards achievements accomplishments honors honours
  publications interests hobbies languages language references declaration personal details information
  contact address phone mobile email e-mail tel telephone cell fax website linkedin portfolio work employment
  history professional responsibilities duties key roles role summary overview additional activities
  extracurricular volunteer training vocational tertiary internship internships strengths competencies expertise tools
  technologies environment client clients team page dear sincerely regards thanks respectfully referees referee
  name date place signature nationality religion gender sex status stage stages marital birth dob age cum laude magna summa
  mr mrs ms mx dr prof sir madam имя фио nombre nom nome apellido vorname nachname
  lebenslauf persönliche daten angaben geburtsort geburtsdatum geburtsname anschrift adresse wohnort
  familienstand staatsangehörigkeit berufserfahrung berufspraxis ausbildung kenntnisse fähigkeiten sprachen
  erfahrung werdegang beruflicher weiterbildung sprachkenntnisse interessen kontakt kontaktdaten telefon zusammenfassung referenzen hobbys zertifikate projekte
  datos personales dirección domicilio experiencia laboral profesional formación académica habilidades idiomas
  competencias conocimientos nacimiento teléfono nacionalidad contacto correo perfil resumen referencias
  aficiones intereses certificaciones proyectos asunto assunto oggetto objet betreff onderwerp
  compétences expérience professionnelle langues loisirs naissance nationalité prénom adresse profil projets
  esperienze esperienza lavorative lavorativa professionale competenze istruzione formazione lingue indirizzo
  dati personali nascita nazionalità cognome contatti telefono cellulare interessi progetti riepilogo
  werkervaring opleiding opleidingen vaardigheden talen persoonlijke gegevens personalia adres woonplaats geboortedatum
  geboorteplaats naam adresa arbetslivserfarenhet utbildning kompetenser språk personuppgifter
  experiência formação competências endereço dados pessoais
  informationen muttersprache muttersprachen weitere sprache sprachen digitale kompetenz kompetenzen
  führerschein berufsbezogene organisatorische kommunikative nume prenume informații informatii personale
  limba limbi maternă materna străină straina competențe competente digitale permis conducere
  informations personnelles maternelle numériques información digitales permiso informazioni
  ${SIGN_OFF_WORDS} ${THANKS_WORDS}
  residenza residencia morada naturalidade nacionalidade nascimento codice fiscale cédula ciudadanía lugar luogo
  sexo sesso sexe geschlecht
  özgeçmiş kişisel bilgiler bilgileri soyad soyadı doğum tarihi yeri medeni hali durumu askerlik cep telefonu
  deneyim deneyimi deneyimleri eğitim öğrenim geçmişi yabancı diller dilleri referanslar yetenekler beceriler sertifikalar hakkımda hobiler
  ilgi alanları uyruk uyruğu ehliyet iletişim bilgisayar
  osobowe imię nazwisko urodzenia miejsce obywatelstwo narodowość cywilny doświadczenie zawodowe wykształcenie
  języki obce umiejętności zainteresowania kursy szkolenia certyfikaty
  tanggal lahir tempat jenis kelamin agama kewarganegaraan pendidikan pengalaman kerja keahlian alamat perkawinan
  tarikh taraf perkahwinan jantina bangsa warganegara kerakyatan umur usia maklumat peribadi pendidikan
  matric gcse gcses igcse hsc ssc waec ssce neco abitur matura baccalaureate bachillerato ncea kcse kcpe
  alumni alumnus alumna alumnae extracurriculars
  резюме навыки навички умения уміння опыт досвід работы роботи образование освіта контакты контакти языки мови
  личные особисті данные дані сведения відомості информация інформація достижения досягнення курсы курси
  сертификаты сертифікати проекты проєкти хобби хобі интересы інтереси рекомендации рекомендації обязанности
  обов'язки компетенции компетенції профиль профіль квалификация кваліфікація дата рождения народження
  гражданство громадянство семейное положение сімейний стан город місто адрес адреса телефон почта пошта
  автобиография умения опит лични данни езици биографија вештине искуство образовање
  voluntariado bénévolat volontariato vrijwilligerswerk ehrenamt ehrenamtliches
  patente carnê habilitação rijbewijs
`);

/**
 * "Née", "Né" (French "born", before a birth date or a maiden name): field words as written, with
 * their accent (folded they would be "Nee", a surname).
 */
const BORN_MARKERS = set('née né');

/** Words of job titles, degrees and organisations: a capitalised run holding one is not a person. */
export const ROLE_WORDS = set(`
  engineer developer manager director officer analyst consultant architect administrator specialist
  mentor mentors treasurer rep reps attendant roustabout roughneck deckhand stevedore longshoreman busser dishwasher lifeguard
  provost registrar chairperson chairman chairwoman counselor counsellor therapist therapists investigator
  copywriter writer editor newsreader advertiser producer coach trainer dean librarian
  coordinator assistant associate executive president vice lead senior junior intern trainee head chief
  principal staff technician designer tester programmer scientist researcher professor lecturer teacher
  tutor instructor student fellow graduate undergraduate supervisor representative agent advisor adviser
  accountant auditor clerk secretary receptionist nurse doctor physician surgeon therapist pharmacist attorney
  electrician electricians journeyman journeywoman apprentice plumber welder machinist foreman forewoman
  millwright pipefitter joiner joiners glazier glaziers technologist cashier barista bartender paramedic firefighter dispatcher custodian
  janitor caregiver housekeeper labourer laborer installer estimator inspector hygienist phlebotomist
  sonographer radiographer midwife optometrist chiropractor physiotherapist bookkeeper underwriter operator
  lawyer paralegal counsel partner owner founder ceo cto cfo coo cio vp svp avp evp hr it qa qc ui ux
  bachelor bachelors master masters doctor doctorate diploma degree certificate associate phd mba bba bca mca
  btech mtech bsc msc ba ma bs ms be me bcom mcom llb llm md dds
  diplom magister licencjat lisans licenciatura licenciado licenciada laurea ingenieur ingeniero ingeniera informatik
  diplome diplomee diplomes diplomees titulaire egresado egresada graduado graduada absolvent absolventin
  ensino
  wirtschaftsinformatik maschinenbau elektrotechnik physik mathematik betriebswirtschaft
  jefe jefa gerente desarrollador desarrolladora programador programadora analista consultor consultora
  responsable coordinador coordinadora tecnico tecnica especialista asistente becario becaria ingegnere
  lider bachiller academico academica desenvolvedor desenvolvedora engenheiro engenheira diretor diretora
  directora coordenador coordenadora estagiario estagiaria auxiliar docente profesora tecnologo tecnologa
  gestor gestora recruiter recruiters sourcer interviewer referrer referrers adjunct
  recursos humanos ressources humaines risorse umane departamento
  sviluppatore responsabile ricercatore impiegato impiegata tirocinante stagista stagiaire chercheur chercheuse
  consultante medewerker ontwikkelaar adviseur beheerder stagiair mitarbeiter mitarbeiterin wissenschaftlicher
  wissenschaftliche werkstudent werkstudentin praktikant praktikantin entwickler entwicklerin softwareentwickler
  berater beraterin projektleiter teamleiter abteilungsleiter referent referentin sachbearbeiter
  sachbearbeiterin utvecklare konsult
  developpeur developpeuse developpeurs ingenieure ingenieurin informatiker informatikerin leiterin
  projektleiterin teamleiterin managerin kauffrau cheffe directrice conseiller conseillere gestionnaire
  analyste chargee assistante technicienne commerciale vendeuse infirmiere infirmier redacteur redactrice
  comptable juriste avocate architecte administrateur administratrice coordinatrice coordinateur formateur
  formatrice enseignant enseignante professeure alternant alternante apprentie
  sviluppatrice ingegnera programmatore programmatrice consulente progettista
  muhendis muhendisi yonetici yoneticisi mudur muduru uzman uzmani gelistirici gelistiricisi danisman
  danismani sorumlusu stajyer kidemli temsilcisi asistani koordinatoru direktoru tasarimci ogretmen
  ogretmeni muhasebeci avukat hemsire teknisyen tekniker muhendisligi isletme iktisat lisans
  starszy mlodszy analityk specjalista specjalistka kierownik kierowniczka dyrektor inzynier programista
  programistka ksiegowy ksiegowa konsultant konsultantka asystent asystentka stazysta praktykant koordynator
  menedzer sprzedawca
  sergeant sergeants corporal lieutenant colonel commander captain admiral ensign airman soldier sailor medic
  corpsman quartermaster rifleman gunner paratrooper infantryman pilot copilot aviator platoon squadron judicial
  commis sommelier concierge
  manajer staf kepala direktur asisten koordinator pengembang insinyur penyelia pengawas analis konsultan
  teknisi pemrogram sekretaris akuntan perawat dosen karyawan pegawai
  projectleider teamleider afdelingshoofd programmeur verpleegkundige docent directeur
  company corporation corp inc ltd llc llp plc pvt limited co sa ag gmbh bv nv srl spa pty kk oy ab as group holdings technologies technology solutions
  services systems software consulting consultancy international global industries enterprises partners
  bank insurance hospital clinic center centre corps foundation institute university college school academy
  department dept ministry government agency council committee board association society club
  associates motors cable media communications pharma pharmaceuticals labs laboratories studios publishing
  press airlines airways railways railway glass steel power energy electric electronics infotech infosystems
  tech networks telecom telecommunications healthcare health medical motorsports sports club market markets
  foods restaurant hotel hotels resorts bakery store stores mall garage agency advertisers realty properties
  commerce arts music economics law medicine pharmacy nursing education humanities
  maths math numeracy literacy phonics trigonometry
  management marketing sales finance accounting operations engineering development research design testing
  support service services administration business data science computer information network security
  quality production manufacturing logistics procurement purchasing human resources legal compliance
  practitioner clinician anesthesiologist anesthetist podiatrist dietitian nutritionist orthodontist veterinarian
  psychologist psychiatrist pediatrician obstetrician cardiologist radiologist oncologist neurologist dermatologist
  audiologist doula medic corpsman chaplain corporal lieutenant colonel admiral airman notary magistrate
  solicitor barrister dentist
  backend frontend fullstack pleno devops middleware firmware webmaster
`);

/** Languages (also nationality adjectives): on a resume they are skills, not names. */
export const LANGUAGES = set(`
  english french german spanish italian portuguese dutch swedish norwegian danish finnish icelandic polish czech
  slovak hungarian romanian bulgarian serbian croatian slovenian russian ukrainian greek turkish arabic hebrew
  persian farsi urdu hindi bengali bangla punjabi gujarati marathi tamil telugu kannada malayalam konkani odia
  oriya assamese sindhi nepali sinhala chinese mandarin cantonese japanese korean vietnamese thai malay
  indonesian tagalog filipino swahili amharic yoruba igbo hausa zulu afrikaans latin sanskrit tulu
  irish welsh gaelic catalan basque galician estonian latvian lithuanian albanian macedonian bosnian armenian
  georgian azerbaijani kazakh uzbek pashto dari kurdish somali tigrinya xhosa sesotho setswana shona kinyarwanda
  lingala wolof khmer burmese mongolian maori yiddish maltese luxembourgish gikuyu luhya kalenjin oromo
  hmong quechua aymara guarani
`);

/**
 * Language names of German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish and
 * Indonesian CVs, as written (lower case, accents kept), that are no name as written ("Inglés",
 * "Francés", "Englisch", "Duits"; the name lexicons hold "Ingles", "Frances"): ordinary words, skills
 * on a resume. Those that are also names as written are in {@link OTHER_LANGUAGE_NAMES}.
 */
export const FOREIGN_LANGUAGES = set(`
  englisch französisch spanisch italienisch portugiesisch russisch chinesisch japanisch arabisch
  türkisch polnisch niederländisch schwedisch koreanisch
  anglais français espagnol portugais chinois japonais néerlandais
  inglés francés alemán español portugués japonés árabe holandés neerlandés catalán euskera
  inglese francese portoghese cinese giapponese olandese
  inglês francês alemão espanhol português chinês japonês
  duits spaans italiaans portugees chinees nederlands
  angielski niemiecki francuski hiszpański włoski rosyjski
  ingilizce almanca fransızca ispanyolca italyanca rusça arapça türkçe
  inggris perancis prancis jepang belanda
  svenska suomi čeština română magyar русский українська ελληνικά 中文 日本語 한국어
`);

/**
 * Language names of those CVs that are also given names, surnames or places as written ("Engels",
 * "Frans", "Deutsch", "Italiano", "Ingles"), folded: skills only in a languages field or list, or
 * before a level ("Talen\nEngels – vloeiend", "Nivel de Ingles: Avanzado").
 */
const OTHER_LANGUAGE_NAMES = set(`
  deutsch allemand italien russe turc arabe italiano tedesco spagnolo russo chino turco ruso polaco
  gallego valenciano arabo polacco engels frans japans pools jerman aleman ingles frances espanol
  portugues norsk dansk polski
`);

/** True for a language's name in English or another language ({@link LANGUAGES}, {@link FOREIGN_LANGUAGES}, {@link OTHER_LANGUAGE_NAMES}). */
export function isLanguageName(word: string): boolean {
  const f = fold(word);
  return LANGUAGES.has(f) || OTHER_LANGUAGE_NAMES.has(f) || FOREIGN_LANGUAGES.has(word.toLowerCase());
}

/**
 * Nouns that end organisation names ("Rockport Elementary School", "Taylor Motors", "Lehman Brothers"),
 * the sectors a firm is named by among them ("Fabrikam Offshore", "Contoso Renewables", "Tailspin
 * Aerospace": no frequent English word, so two unknown Title Case words read as a name without them).
 */
export const ORG_NOUNS = set(`
  company corporation corp inc ltd llc llp plc pvt limited co group holdings technologies solutions services
  systems consulting consultancy industries enterprises partners associates bank banking insurance assurance
  hospital clinic center centre foundation institute university college school schools academy department
  ministry government agency council committee board association society club elementary primary secondary
  district instruments brothers church court parks airlines airways railways railway motors media
  communications labs laboratories studios publishing press networks telecom healthcare foods restaurant
  steakhouse hotel hotels resorts store stores garage advertisers realty properties library museum trust fund
  capital ventures solicitors attorneys offices office federation union magazine newspaper times journal
  payments insights freight vineyard vineyards winery brewery brewing marine worldwide logistics analytics
  digital retail retailer retailers automation robotics yearbook lab tv consultants advisors advisory
  investments securities financial construction builders chemicals mining shipping transport transportation
  outfitters supply supplies trading traders exports imports farms dairy fraternity sorority division
  initiative programme steakhouse cafe bistro grill pizzeria apparel textiles studio works lines movers
  authority commission berhad bhd sdn tbk ltda recruitment staffing fc afc rfc rufc cc scout scouts troop legion
  troops guides hypermarket hypermarkets supermarket supermarkets supercenter supercenters supercentre superstore
  contracting contractors army navy corps
  offshore subsea oilfield petroleum petrochemical petrochemicals pipelines renewables hydro minerals metals
  aerospace semiconductor semiconductors telecoms biosciences bioscience biopharma therapeutics biologics
  cyber ziekenhuis gasthuis kliniek klinikum krankenhaus spital sykehus sjukhus sygehus
`);

/**
 * Nouns that end the names of utilities, housing associations and police forces ("Thames Water", "Thames
 * Valley Housing", "Thames Valley Police") only where nothing capitalised follows them ("Santa Barbara
 * County Water Wars" is a title; "Thames Water Utilities Ltd" ends in "Ltd").
 */
const END_ORG_NOUNS = set('water utilities housing police');

/** Legal forms written in capitals after a company's Title Case name ({@link orgNounAhead}). */
const LEGAL_FORMS = set(
  'llc llp plc inc ltd corp jsc ojsc pjsc cjsc gmbh ag sa spa srl sarl sas bv nv pty bhd sdn tbk ltda kk oy ab fze fzco fzc lp',
);

/** Organisation nouns that are also plausible surnames: they do not end a name on their own. */
const SURNAME_NOUNS = set('court parks union times works');

/**
 * True when a capitalised word ends an organisation's name ("Northwind Insights", "Lehman Brothers");
 * a word or a token (a token's entry is kept on it). Worked out once per distinct word and kept in
 * its {@link WordInfo}.
 */
export function isOrgTail(word: string | Token): boolean {
  const info = typeof word === 'string' ? wordInfo(word) : tokenInfo(word);
  let v = info.orgTail;
  if (v === undefined) {
    const f = fold(info.word.replace(/['’]s$/i, ''));
    v = ORG_NOUNS.has(f) && !SURNAME_NOUNS.has(f);
    info.orgTail = v;
  }
  return v;
}

const caps = (s: string) => s.length > 1 && s === s.toUpperCase();

/** True when text[from, to) is one space, " of ", or holds " & " (/^ $| & |^ of $/ without the slice). */
function joinsOrgName(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n === 1) return text.charCodeAt(from) === 32;
  if (n < 3) return false;
  return textIs(text, from, to, ' of ') || text.slice(from, to).includes(' & ');
}

/** True when the word starts with an upper-case letter (/^\p{Lu}/u), ASCII answered without the regex. */
function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(word);
}

/** True when one of the next few capitalised words (single spaces) ends an organisation's name. */
export function orgNounAhead(
  text: string,
  toks: ReadonlyArray<{ start: number; end: number; text: string }>,
  last: number,
): boolean {
  const style = caps(toks[last]?.text ?? '');
  for (let k = last + 1; k <= last + 3 && k < toks.length; k++) {
    const prev = toks[k - 1]!;
    const t = toks[k]!;
    if (!joinsOrgName(text, prev.end, t.start) || !startsUpper(t.text)) return false;
    // "Kendall Rod Considine HALF TECHNOLOGIES": a change between Title Case and capitals starts a new name;
    // not an acronym inside a Title Case name, before a Title Case word ("Royal Berkshire NHS Foundation Trust").
    if (caps(t.text) !== style && t.text.length > 1) {
      // "Dubai Holding LLC", "Saigon Coffee Roasters JSC": a legal form in capitals closes a Title Case
      // name (after one word at least: "Adelaide SA" is a town and its state).
      if (!style && k > last + 1 && LEGAL_FORMS.has(fold(t.text))) return true;
      const next = toks[k + 1];
      const acronym =
        !style &&
        t.text.length <= 4 &&
        !!next &&
        joinsOrgName(text, t.end, next.start) &&
        startsUpper(next.text) &&
        !caps(next.text);
      if (!acronym) return false;
      continue;
    }
    const f = fold(t.text);
    if (ORG_NOUNS.has(f)) return true;
    if (END_ORG_NOUNS.has(f)) {
      const next = toks[k + 1];
      if (!next || !/^[ \t]{1,3}$/.test(text.slice(t.end, next.start)) || !startsUpper(next.text))
        return true;
    }
  }
  return false;
}

/** Lower-case particles inside names (de la Cruz, dela Cruz, van der Berg, bin Salman, al-Farsi): {@link NAME_PARTICLES}. */
export const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** Name suffixes (Robert Downey Jr.). */
export const SUFFIXES = set('jr jr. sr sr. ii iii iv phd');

const ORDINARY = 1;
const NAME_STRONG = 2;
const NAME_COMMON = 4;
const PLACE = 8;
const CACHE_MAX = 200_000;

/**
 * What the recognizers work out about one distinct word, computed once and kept in one bounded
 * table: the shared word classes here, and each recognizer's own per-word memo (filled by that
 * recognizer on first use). A token carries its entry ({@link tokenInfo}), so a recognizer reads a
 * field instead of looking the word up again in a table of its own.
 */
export class WordInfo {
  /** Word classes as bit flags (ORDINARY, NAME_STRONG, NAME_COMMON, PLACE); -1 until computed. */
  flags = -1;
  /** person-name: the word's part of a name ('name', 'caps', 'initial', ...) or null. */
  shape: string | null | undefined = undefined;
  /** person-name: the word ends a run of name words. */
  breaker: boolean | undefined = undefined;
  /** person-name: comparison key of the word without its possessive. */
  key: string | undefined = undefined;
  /** person-name: the word may start a place name of several words (or holds "-" or "."). */
  placePhrase: boolean | undefined = undefined;
  /** person-name: the word, as a list member, says the list is not one of people. */
  listBreaker: boolean | undefined = undefined;
  /** location: 0 no place starts here, 1 a one-word place, 2 a longer place may start here. */
  placeStart: number | undefined = undefined;
  /** location: the gazetteer class of the word alone ('strong', 'weak' or null). */
  placeKind: 'strong' | 'weak' | null | undefined = undefined;
  /** nrp: the word may be a nationality, religion or political term. */
  nrp: boolean | undefined = undefined;
  /** {@link isOrgTail}: the word ends an organisation's name. */
  orgTail: boolean | undefined = undefined;
  /** tech-lists: the word reads as a tool (a known tool word or a tool's shape). */
  tool: boolean | undefined = undefined;
  /** school: 2 an institution's acronym, 1 an institution word, 0 neither. */
  institution: number | undefined = undefined;
  /** school: the word ends a school's name (a degree, role, calendar, section or tool word). */
  schoolStop: boolean | undefined = undefined;
  /** name-rules: the word (without its possessive) is a tool, section, job, calendar or language word. */
  notName: boolean | undefined = undefined;
  constructor(readonly word: string) {}
}

const infos = new Map<string, WordInfo>();

/**
 * The kept entry of a word (created on first use; the table is cleared when it grows past 200,000
 * words, so memory stays bounded on any input).
 * @example wordInfo('Paris') === wordInfo('Paris') // true
 */
export function wordInfo(word: string): WordInfo {
  let v = infos.get(word);
  if (v === undefined) {
    // A number or date is not kept: pages bring new ones on every row, and they are quick to classify.
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57 && !hasLetter(word)) return new WordInfo(word);
    if (infos.size > CACHE_MAX) infos.clear();
    v = new WordInfo(word);
    infos.set(word, v);
  }
  return v;
}

/**
 * The entry of a token's word, looked up once per token and then kept on the token (tokens of the
 * last text are shared by every recognizer through {@link wordTokens}).
 */
export function tokenInfo(t: Token): WordInfo {
  let v = t.info;
  if (v === undefined) {
    v = wordInfo(t.text);
    t.info = v;
  }
  return v;
}

/** Word classes as bit flags, computed once per distinct word (the lexicon look-ups dominate run time). */
function computeFlags(word: string): number {
  // Numbers, dates and ids ("2019", "12-3", "4.5") are in no list: every list word has a letter.
  // Pages make a new such word on almost every row, so they skip the look-ups.
  if (!hasLetter(word)) return 0;
  const f = fold(word);
  // English words carry no diacritics: "Bašić" folds to "basic" but is no English word (or tool);
  // section words keep their folded form ("Résumé").
  const plain = word.toLowerCase() === f;
  const hand =
    SECTIONS.has(f) ||
    (!plain && BORN_MARKERS.has(word.toLowerCase())) ||
    foreignFunctionWord(word) ||
    FOREIGN_LANGUAGES.has(word.toLowerCase()) ||
    (!plain && ACADEMIC_TITLE_WORDS.has(word.toLowerCase())) ||
    // Job and degree words of Spanish and Portuguese CVs keep their accents ("Líder Técnico", "Sênior").
    (!plain && f.length >= 5 && ROLE_WORDS.has(f)) ||
    (plain &&
      (TECH.has(f) ||
        CALENDAR.has(f) ||
        ROLE_WORDS.has(f) ||
        LANGUAGES.has(f) ||
        UI_VERBS.has(f) ||
        UI_NOUNS.has(f) ||
        FUNCTION_WORDS.has(f.replace(/’/g, "'"))));
  const frequent = plain && lexicon('frequentWords').has(f);
  let v = hand || frequent ? ORDINARY : 0;
  if (!hand && !lexicon('nationalities').has(f)) {
    if (lexicon('nameStrong').has(f)) v |= frequent ? NAME_COMMON : NAME_STRONG;
    else if (lexicon('nameCommon').has(f)) v |= NAME_COMMON;
  }
  if (
    lexicon('cities').has(f) ||
    lexicon('regions').has(f) ||
    lexicon('countries').has(f) ||
    lexicon('citiesCommon').has(f)
  )
    v |= PLACE;
  return v;
}

/** True when the word has a letter (ASCII asked by code; anything beyond ASCII counts as one). */
function hasLetter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128 || isAsciiLetter(c)) return true;
  }
  return false;
}

/** Flags of a word or a token (a token's entry is kept on it). */
function flags(word: string | Token): number {
  const info = typeof word === 'string' ? wordInfo(word) : tokenInfo(word);
  let v = info.flags;
  if (v < 0) {
    v = computeFlags(info.word);
    info.flags = v;
  }
  return v;
}

/** True for frequent English words (SCOWL 10-20) and the hand-kept classes above (a word or a token). */
export function isOrdinaryWord(word: string | Token): boolean {
  return (flags(word) & ORDINARY) !== 0;
}

/** Endings of ordinary English words that names (outside the name lexicon) hardly ever have. */
const WORDLIKE_ENDING =
  /(?:ics|tion|tions|sion|ment|ments|ness|ology|ware|tech|soft|logic|works|ity|ities|ing|ings|ance|ence|ship|ism|able|ible|ive|ous|ful|less|ary|ery|ory|ers|ors|ies|ized?|ised?|ated?|ally|ly|ed)$/i;

/**
 * Given names in "-ence" that no English word ends like: after "x", a vowel and one "m", or "a", "o",
 * "u" (or "aw") and one "r" ("Maxence", "Clémence", "Laurence", "Florence", "Clarence", "Lawrence";
 * "Commence", "Reference", "Science" stay words).
 */
const NAME_ENCE = /(?:x|[aeiouéèê]m|(?<!r)[aou]w?r)ence$/i;

/**
 * Endings of German abstract and plural nouns, which German CVs capitalise ("Betreuung", "Schulungen",
 * "Tätigkeiten", "Qualität", "Kenntnisse"); "-ung" after four letters or more, so not "Cheung", "Leung";
 * not the singular "-heit", "-keit", which surnames have ("Wasserheit").
 */
const GERMAN_NOUN_ENDING =
  /(?:\p{L}{4}ung|ungen|heiten|keiten|schaft|schaften|tät|täten|ismus|nisse|nissen)$/u;

/**
 * Endings of Russian, Ukrainian and Belarusian abstract nouns in any case, which no surname or given name
 * has ("Благодарность", "Рекомендация", "Управление", "Управління", "Відповідальність", "Руководство").
 */
const CYRILLIC_NOUN_ENDING =
  /(?:ость|ости|остью|ість|ості|ение|ения|ению|ением|ание|ания|анию|анием|ння|ция|ции|цию|цией|ція|ції|ство|ства|ству|ством|ізм|изм|изма)$/u;

/**
 * True if an unknown word looks like an English word, a German noun or a Russian or Ukrainian abstract
 * noun, by its ending ("Cosmetics", "Online", "Betreuung", "Благодарность").
 */
export function looksLikeWord(word: string): boolean {
  // Short words and hyphenated names ("Wei-Ling", "Ewing") are judged by the lexicons, not by their ending.
  if (word.length < 6 || word.includes('-')) return false;
  const c = word.charCodeAt(word.length - 1);
  // (Cyrillic letters are U+0400 to U+04FF.)
  if (c >= 0x400 && c <= 0x4ff) return CYRILLIC_NOUN_ENDING.test(word);
  return (
    (WORDLIKE_ENDING.test(word) && !NAME_ENCE.test(word)) ||
    (word.length >= 7 && GERMAN_NOUN_ENDING.test(word))
  );
}

const COINED_ORG = /^\p{Lu}\p{Ll}{2,}(?:soft|ware|tech|logic|tronics|systems|labs|data|works)$/u;

/** A coined company word: capitalised, no name, ending like a product or firm ("Mandasoft", "Dataware"). */
export function coinedOrgWord(word: string | Token): boolean {
  return COINED_ORG.test(typeof word === 'string' ? word : word.text) && !nameClass(word);
}

/** Name-lexicon class of a word or a token: 'strong' (a name, not an English word), 'common' (both) or null. */
export function nameClass(word: string | Token): 'strong' | 'common' | null {
  const v = flags(word);
  return v & NAME_STRONG ? 'strong' : v & NAME_COMMON ? 'common' : null;
}

/**
 * True for a tool's or a job's word that the name lexicons hold and that is no frequent English word,
 * which {@link nameClass} leaves out: given names ("Ruby", "Julia", "Maya", "Pascal", "Jasmine", "Hana")
 * and surnames ("Jenkins", "Swift", "Norton", "Dean", "Clerk"). Title Case only ("RUBY" and "ruby" stay
 * words). Beside a name found they are part of it.
 */
export function handWordName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const f = word.toLowerCase();
  if (!(TECH.has(f) || ROLE_WORDS.has(f)) || lexicon('frequentWords').has(f)) return false;
  return lexicon('nameStrong').has(f) || lexicon('nameCommon').has(f);
}

/**
 * True for a tool's word in Title Case that the name lexicons hold, frequent English word or not
 * ("Crystal", "Ruby", "Amber", "Julia"), which {@link nameClass} leaves out: in a place that states a
 * name (a resume's header line of two such words, a "Name:" field) it is a given name ("Crystal Wexley").
 */
export function toolWordName(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const f = word.toLowerCase();
  return TECH.has(f) && (lexicon('nameStrong').has(f) || lexicon('nameCommon').has(f));
}

/** True for a known city, region or country name (folded, any case); a phrase or a token. */
export function isPlaceName(phrase: string | Token): boolean {
  return (flags(phrase) & PLACE) !== 0;
}

/** `s.replace(/\s+/g, ' ')`, without the regex when every white space is a single space. */
function spacedOnce(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? isSpaceCode(s.charCodeAt(i + 1)) : isSpaceCode(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** True for a known region (state, province) or country name. */
export function isRegionOrCountry(phrase: string): boolean {
  const f = spacedOnce(fold(phrase));
  return lexicon('regions').has(f) || lexicon('countries').has(f);
}

/** One or two capitalised words one space on. */
const WORDS_ONE_SPACE_ON = /^ (\p{Lu}[\p{L}\p{M}'’.-]*)(?: (\p{Lu}[\p{L}\p{M}'’.-]*))?/u;

/**
 * True when a place's words follow `end` one space on: a town, a region or a country of one word, or a
 * region or country of two ("MD United States", "MA USA"): a two-letter code before them is a state's.
 */
export function placeWordsAfter(text: string, end: number): boolean {
  const m = WORDS_ONE_SPACE_ON.exec(text.slice(end, end + 40));
  if (!m) return false;
  return (
    isPlaceName(m[1]!) ||
    isRegionOrCountry(m[1]!) ||
    (m[2] !== undefined && (isRegionOrCountry(`${m[1]} ${m[2]}`) || isPlaceName(`${m[1]} ${m[2]}`)))
  );
}

let multiFirst: Set<string> | undefined;

/** True if some multi-word place name starts with this (folded) word ("new" → New York). */
export function startsPlacePhrase(foldedWord: string): boolean {
  if (!multiFirst) {
    multiFirst = new Set();
    for (const name of ['cities', 'regions', 'countries', 'citiesCommon'] as const) {
      for (const e of lexicon(name)) {
        const cut = e.search(/[\s-]/);
        if (cut > 0) multiFirst.add(e.slice(0, cut).replace(/\.$/, ''));
        // A hyphenated first word is one token too ("Tri-State Area", "Saint-Jean-sur-Richelieu Valley").
        const space = e.indexOf(' ');
        if (space > cut && cut > 0) multiFirst.add(e.slice(0, space).replace(/\.$/, ''));
      }
    }
  }
  return multiFirst.has(foldedWord);
}

/** Column headings of candidate lists that hold people, lower case. */
export const PEOPLE_COLUMNS = new Set(
  'owner|recruiter|hiring manager|interviewer|interviewers|coordinator|referrer|referred by|sourcer|sourced by|credited to|assignee|assigned to|added by'.split(
    '|',
  ),
);
/** Column headings of candidate lists that hold no people, lower case. */
export const OTHER_COLUMNS = new Set(
  'stage|status|source|applied|applied on|date applied|applied date|last activity|last updated|updated|created|added|job|position|role|title|current title|headline|company|current company|location|email|phone|tags|rating|overall rating|score|next step|days in stage|actions|requisition|department|team|date'.split(
    '|',
  ),
);
