// Hand-written content of the embedded catalogue, by entry id (ids, areas, ESCO occupations,
// achievement ids, builds-on and pathway come from data/catalogue-plan.csv). For each entry:
//   t   title in the provider's language (the English title is in the plan)
//   o   learning outcomes as [English, provider's language]
//   k   [ECTS, EQF level, duration in weeks, participation, ISCED-F, price in EUR]
//   a   assessment as [English, provider's language, supervised, identity checked]
//   p   prerequisites as [English, provider's language] (optional)
//   l   extra languages of instruction (besides the provider's language; optional)
// All of it is carewise's own writing for fictional providers; nothing is an official
// description of a real course.

export const CONTENT = {
  // ---------------------------------------------------------------- Estonia
  'ee-digital-health-records-basics': {
    t: 'Digitaalsete terviseandmete alused',
    o: [
      ['Look up a patient summary in the national health information system', 'Leida patsiendi terviseülevaade riiklikus tervise infosüsteemis'],
      ['Record care actions accurately and on time', 'Dokumenteerida hooldustoimingud täpselt ja õigel ajal'],
      ['Explain to a patient who can see their data', 'Selgitada patsiendile, kes tema andmeid näeb'],
    ],
    k: [2, 4, 5, 'blended', '0913', 0],
    a: ['Practical task in a training system', 'Praktiline ülesanne õppekeskkonnas', true, true],
    l: ['en', 'ru'],
  },
  'ee-data-protection-care-settings': {
    t: 'Andmekaitse hoolduses ja tervishoius',
    o: [
      ['Apply the GDPR principles to everyday care situations', 'Rakendada isikuandmete kaitse üldmääruse põhimõtteid igapäevases hooldustöös'],
      ['Recognise and report a personal data breach', 'Ära tunda isikuandmetega seotud rikkumine ja sellest teatada'],
      ['Share health data only with those who need it', 'Jagada terviseandmeid ainult nendega, kes neid vajavad'],
    ],
    k: [2, 4, 4, 'online', '0988', 0],
    a: ['Case study and online test', 'Juhtumianalüüs ja veebitest', false, true],
    p: ['Digital health records basics or work experience in care', 'Digitaalsete terviseandmete alused või töökogemus hoolduses'],
    l: ['en'],
  },
  'ee-it-support-clinical-systems': {
    t: 'Kliiniliste infosüsteemide IT-tugi',
    o: [
      ['Handle a support ticket for a clinical system from report to closure', 'Lahendada kliinilise infosüsteemi tugipöördumine algusest lõpuni'],
      ['Set up user accounts and roles following the hospital access policy', 'Seadistada kasutajakontod ja rollid haigla juurdepääsupoliitika järgi'],
      ['Escalate an incident that affects patient safety', 'Suunata patsiendiohutust mõjutav intsident edasi'],
    ],
    k: [4, 4, 8, 'work-based', '0612', 150],
    a: ['Work-based assignments assessed by a mentor', 'Mentori hinnatud tööülesanded', true, true],
    p: ['Cyber hygiene basics', 'Küberhügieeni alused'],
    l: ['en'],
  },
  'ee-cyber-hygiene-basics': {
    t: 'Küberhügieeni alused igale töötajale',
    o: [
      ['Recognise phishing and report it', 'Ära tunda õngitsuskirju ja neist teatada'],
      ['Use strong passwords and two-factor authentication', 'Kasutada tugevaid paroole ja kaheastmelist autentimist'],
      ['Keep work devices updated and locked', 'Hoida töövahendid uuendatud ja lukustatud'],
    ],
    k: [1, 3, 3, 'online', '0611', 0],
    a: ['Online quiz', 'Veebitest', false, false],
    l: ['en', 'ru'],
  },
  'ee-health-data-analysis-intro': {
    t: 'Sissejuhatus terviseandmete analüüsi',
    o: [
      ['Clean and describe a health data set', 'Puhastada ja kirjeldada terviseandmete kogumit'],
      ['Make clear charts of waiting times and admissions', 'Koostada selgeid jooniseid ooteaegade ja vastuvõttude kohta'],
      ['Explain the limits of what the data shows', 'Selgitada, mida andmed ei näita'],
    ],
    k: [3, 5, 6, 'online', '0688', 90],
    a: ['Project report with a short presentation', 'Projektiaruanne ja lühiesitlus', false, true],
    p: ['Programming basics with Python', 'Pythoni programmeerimise alused'],
    l: ['en'],
  },
  'ee-programming-basics-python': {
    t: 'Pythoni programmeerimise alused',
    o: [
      ['Write small Python programs with variables, loops and functions', 'Kirjutada väikesi Pythoni programme muutujate, tsüklite ja funktsioonidega'],
      ['Read and write CSV files', 'Lugeda ja kirjutada CSV-faile'],
      ['Find and fix errors with a debugger', 'Leida ja parandada vigu silumisvahendiga'],
    ],
    k: [3, 4, 8, 'online', '0613', 0],
    a: ['Programming exercises checked automatically, and a final project', 'Automaatselt kontrollitavad ülesanded ja lõputöö', false, true],
    l: ['en'],
  },
  'ee-digital-citizenship': {
    t: 'Digikodakondsuse ja e-teenuste koolitus',
    o: [
      ['Use the ID card and Mobile-ID to sign documents', 'Kasutada ID-kaarti ja Mobiil-ID-d dokumentide allkirjastamiseks'],
      ['Find reliable public information online', 'Leida veebist usaldusväärset avalikku teavet'],
      ['Protect your own and others’ privacy on social media', 'Kaitsta enda ja teiste privaatsust sotsiaalmeedias'],
    ],
    k: [1, 3, 3, 'blended', '0031', 0],
    a: ['Portfolio of completed e-service tasks', 'Tehtud e-teenuse ülesannete portfoolio', false, false],
    l: ['ru'],
  },
  'ee-patient-communication-digital': {
    t: 'Patsiendiga digiteenustest rääkimine',
    o: [
      ['Explain a patient portal in plain language', 'Selgitada patsiendiportaali lihtsas keeles'],
      ['Help an older patient book a video appointment', 'Aidata eakal patsiendil broneerida videovastuvõtt'],
      ['Check understanding with the teach-back method', 'Kontrollida arusaamist tagasiõpetamise meetodiga'],
    ],
    k: [1, 4, 2, 'on-site', '0913', 40],
    a: ['Role play observed by two assessors', 'Kahe hindaja jälgitav rollimäng', true, true],
    l: ['en', 'ru'],
  },
  'ee-pacs-imaging-workflows': {
    t: 'Meditsiinilise pildinduse töövood ja PACS',
    o: [
      ['Follow an imaging study from order to report in PACS', 'Jälgida uuringut tellimusest kuni vastuseni PACS-is'],
      ['Correct patient and study identifiers safely', 'Parandada patsiendi ja uuringu tunnuseid ohutult'],
      ['Explain DICOM and HL7 messages at a basic level', 'Selgitada DICOM- ja HL7-sõnumeid põhitasemel'],
    ],
    k: [3, 5, 6, 'blended', '0914', 180],
    a: ['Practical test in a PACS training environment', 'Praktiline test PACS-i õppekeskkonnas', true, true],
    p: ['Digital health records basics', 'Digitaalsete terviseandmete alused'],
    l: ['en'],
  },
  'ee-pharmacy-it-systems': {
    t: 'Apteegi infosüsteemid ja e-retsept',
    o: [
      ['Dispense medicines against a digital prescription', 'Väljastada ravimeid digiretsepti alusel'],
      ['Check interactions with the pharmacy system', 'Kontrollida koostoimeid apteegi infosüsteemiga'],
      ['Handle a system outage without risk to patients', 'Toimida süsteemi katkestuse ajal patsiente ohustamata'],
    ],
    k: [2, 4, 4, 'work-based', '0916', 60],
    a: ['Observed tasks at a partner pharmacy', 'Jälgitavad ülesanded partnerapteegis', true, true],
    l: ['ru'],
  },

  // ---------------------------------------------------------------- Finland
  'fi-telecare-devices-home-care': {
    t: 'Etähoivan laitteet kotihoidossa',
    o: [
      ['Run a video care visit safely', 'Toteuttaa videohoivakäynnin turvallisesti'],
      ['Set up a safety phone and fall sensor with the client', 'Ottaa turvapuhelin ja kaatumisanturi käyttöön yhdessä asiakkaan kanssa'],
      ['Respond to an alarm according to the care plan', 'Toimia hälytyksen tullessa hoitosuunnitelman mukaisesti'],
    ],
    k: [3, 4, 8, 'blended', '0923', 120],
    a: ['Demonstration with a real client', 'Näyttö asiakastyössä', true, true],
    l: ['en', 'sv'],
  },
  'fi-secure-networks-health-centres': {
    t: 'Terveysasemien tietoturvalliset verkot',
    o: [
      ['Segment a clinic network for medical devices, staff and guests', 'Jakaa terveysaseman verkko lääkinnällisten laitteiden, henkilöstön ja vieraiden osiin'],
      ['Configure a firewall and VPN for remote access', 'Määrittää palomuurin ja VPN-yhteyden etäkäyttöä varten'],
      ['Monitor the network and document changes', 'Valvoa verkkoa ja dokumentoida muutokset'],
    ],
    k: [5, 5, 10, 'blended', '0612', 250],
    a: ['Lab assignment and oral examination', 'Laboratoriotehtävä ja suullinen koe', true, true],
    p: ['Networks fundamentals', 'Tietoverkkojen perusteet'],
    l: ['en'],
  },
  'fi-networks-fundamentals': {
    t: 'Tietoverkkojen perusteet',
    o: [
      ['Explain IP addressing, routing and DNS', 'Selittää IP-osoitteet, reitityksen ja DNS:n'],
      ['Connect and troubleshoot a small office network', 'Kytkeä pienen toimiston verkko ja selvittää sen vikoja'],
      ['Set up wireless networking securely', 'Määrittää langaton verkko tietoturvallisesti'],
    ],
    k: [4, 4, 8, 'on-site', '0612', 0],
    a: ['Practical skills test in the network lab', 'Käytännön näyttö verkkolaboratoriossa', true, true],
    l: ['en'],
  },
  'fi-remote-monitoring-chronic-care': {
    t: 'Etäseuranta pitkäaikaissairauksien hoidossa',
    o: [
      ['Teach a client to measure blood pressure and glucose at home', 'Opastaa asiakas mittaamaan verenpaine ja verensokeri kotona'],
      ['Read trends on a remote monitoring dashboard', 'Tulkita mittaustulosten kehitystä etäseurannan näkymästä'],
      ['Escalate worrying values to the nurse or doctor', 'Välittää huolestuttavat arvot sairaanhoitajalle tai lääkärille'],
    ],
    k: [3, 4, 6, 'blended', '0913', 120],
    a: ['Case-based exam and workplace demonstration', 'Tapauskoe ja näyttö työpaikalla', true, true],
    p: ['Telecare devices for home care', 'Etähoivan laitteet kotihoidossa'],
    l: ['en'],
  },
  'fi-assistive-technology-daily-living': {
    t: 'Apuvälineteknologia arjessa',
    o: [
      ['Assess with the client which assistive devices support daily living', 'Arvioida yhdessä asiakkaan kanssa, mitkä apuvälineet tukevat arkea'],
      ['Adjust and maintain common devices such as reminders and door sensors', 'Säätää ja huoltaa yleisiä laitteita, kuten muistuttimia ja oviantureita'],
      ['Respect the client’s autonomy and privacy when using technology', 'Kunnioittaa asiakkaan itsemääräämistä ja yksityisyyttä teknologiaa käytettäessä'],
    ],
    k: [2, 4, 5, 'work-based', '0923', 0],
    a: ['Demonstration in home care', 'Näyttö kotihoidossa', true, true],
    l: ['sv'],
  },
  'fi-infection-control-digital-tools': {
    t: 'Infektioiden torjunta digitaalisilla työkaluilla',
    o: [
      ['Record hand hygiene observations in a mobile app', 'Kirjata käsihygieniahavainnot mobiilisovellukseen'],
      ['Use the ward’s infection dashboard to plan isolation', 'Käyttää osaston infektionäkymää eristysten suunnitteluun'],
      ['Clean and disinfect shared tablets and devices', 'Puhdistaa ja desinfioida yhteiset tabletit ja laitteet'],
    ],
    k: [1, 3, 2, 'online', '0913', 0],
    a: ['Online test and observed hand hygiene check', 'Verkkokoe ja havainnoitu käsihygieniatarkistus', true, false],
    l: ['en', 'sv'],
  },
  'fi-medical-device-maintenance': {
    t: 'Lääkinnällisten laitteiden perushuolto',
    o: [
      ['Carry out scheduled checks on infusion pumps and monitors', 'Tehdä infuusiopumppujen ja monitorien määräaikaistarkastukset'],
      ['Keep the device register up to date', 'Pitää laiterekisteri ajan tasalla'],
      ['Report a device incident to the manufacturer and authority', 'Ilmoittaa vaaratilanteesta valmistajalle ja viranomaiselle'],
    ],
    k: [4, 4, 8, 'work-based', '0714', 200],
    a: ['Workplace demonstration with a supervisor', 'Näyttö työpaikalla ohjaajan kanssa', true, true],
    p: ['Networks fundamentals', 'Tietoverkkojen perusteet'],
  },
  'fi-teamwork-multicultural-care': {
    t: 'Tiimityö monikulttuurisessa hoitotyössä',
    o: [
      ['Give and receive feedback in a diverse care team', 'Antaa ja vastaanottaa palautetta monimuotoisessa hoitotiimissä'],
      ['Hand over a shift clearly using the SBAR model', 'Raportoida vuoronvaihdossa selkeästi ISBAR-mallin avulla'],
      ['Recognise how culture shapes expectations of care', 'Tunnistaa, miten kulttuuri vaikuttaa hoitoa koskeviin odotuksiin'],
    ],
    k: [2, 4, 4, 'blended', '0031', 0],
    a: ['Reflective journal and team exercise', 'Oppimispäiväkirja ja tiimiharjoitus', false, false],
    l: ['en'],
  },
  'fi-finnish-for-care-work': {
    t: 'Hoitotyön työelämäsuomi',
    o: [
      ['Talk with clients about daily care in Finnish', 'Keskustella asiakkaiden kanssa päivittäisestä hoidosta suomeksi'],
      ['Write short care notes in Finnish', 'Kirjoittaa lyhyitä hoitokirjauksia suomeksi'],
      ['Understand instructions from colleagues on the phone', 'Ymmärtää kollegoiden puhelimessa antamia ohjeita'],
    ],
    k: [5, 3, 12, 'blended', '0231', 0],
    a: ['Spoken and written language test (level A2–B1)', 'Suullinen ja kirjallinen kielikoe (taso A2–B1)', true, true],
    p: ['Finnish at level A1', 'Suomen kielen taso A1'],
    l: [],
  },
  'fi-first-aid-digital-era': {
    t: 'Ensiapu ja hätäpuhelu digiaikana',
    o: [
      ['Make an emergency call with the 112 Suomi app and share location', 'Soittaa hätäpuhelun 112 Suomi -sovelluksella ja jakaa sijainnin'],
      ['Give basic life support and use an AED', 'Antaa peruselvytystä ja käyttää defibrillaattoria'],
      ['Follow the dispatcher’s instructions over video', 'Toimia hätäkeskuspäivystäjän ohjeiden mukaan videoyhteydellä'],
    ],
    k: [1, 3, 1, 'on-site', '1022', 45],
    a: ['Practical first aid test on a manikin', 'Käytännön ensiapukoe nukella', true, true],
    l: ['en', 'sv'],
  },

  // ---------------------------------------------------------------- Netherlands
  'nl-ehr-basics': {
    t: 'Elektronisch patiëntendossier: de basis',
    o: [
      ['Find, read and update a care plan in an electronic health record', 'Een zorgplan in een elektronisch patiëntendossier vinden, lezen en bijwerken'],
      ['Report observations in a structured way (SOEP)', 'Observaties gestructureerd rapporteren (SOEP)'],
      ['Work within the access rules of the record', 'Werken binnen de toegangsregels van het dossier'],
    ],
    k: [2, 4, 6, 'work-based', '0913', 0],
    a: ['Practical test at the workplace', 'Praktijktoets op de werkplek', true, true],
    l: ['en'],
  },
  'nl-telehealth-video-consultations': {
    t: 'Beeldbellen in de eerstelijnszorg',
    o: [
      ['Prepare a patient and the technology for a video consultation', 'Een patiënt en de techniek voorbereiden op een beeldconsult'],
      ['Decide when a video consultation is not suitable', 'Beoordelen wanneer beeldbellen niet geschikt is'],
      ['Record the consultation correctly in the health record', 'Het consult correct vastleggen in het dossier'],
    ],
    k: [1, 4, 3, 'online', '0913', 75],
    a: ['Recorded practice consultation assessed by a GP practice nurse', 'Opgenomen oefenconsult beoordeeld door een praktijkondersteuner', true, true],
    p: ['Electronic health records: the basics', 'Elektronisch patiëntendossier: de basis'],
    l: ['en'],
  },
  'nl-care-robotics-intro': {
    t: 'Zorgrobots en slimme woningen: een introductie',
    o: [
      ['Describe the care robots and smart home devices used in the Netherlands', 'De zorgrobots en slimme woningtechniek beschrijven die in Nederland worden gebruikt'],
      ['Weigh benefits and ethical questions with a client and family', 'Voordelen en ethische vragen afwegen met een cliënt en familie'],
      ['Set up a medication dispenser and a social robot', 'Een medicijndispenser en een sociale robot instellen'],
    ],
    k: [2, 4, 4, 'blended', '0988', 95],
    a: ['Presentation of a technology plan for one client', 'Presentatie van een technologieplan voor één cliënt', false, true],
    l: ['en'],
  },
  'nl-ict-helpdesk-healthcare': {
    t: 'ICT-servicedesk in het ziekenhuis',
    o: [
      ['Take calls from clinical staff and register them in the service desk tool', 'Meldingen van zorgmedewerkers aannemen en registreren in de servicedesktool'],
      ['Solve common workstation and printer problems', 'Veelvoorkomende problemen met werkplekken en printers oplossen'],
      ['Prioritise incidents by their effect on patient care', 'Incidenten prioriteren naar hun invloed op de patiëntenzorg'],
    ],
    k: [4, 4, 10, 'work-based', '0612', 0],
    a: ['Work-based assessment with a portfolio', 'Beoordeling in de praktijk met portfolio', true, true],
    p: ['Cyber hygiene for care workers', 'Cyberhygiëne voor zorgmedewerkers'],
  },
  'nl-cyber-hygiene-care': {
    t: 'Cyberhygiëne voor zorgmedewerkers',
    o: [
      ['Spot phishing e-mails and suspicious phone calls', 'Phishingmails en verdachte telefoontjes herkennen'],
      ['Lock screens and handle shared devices on the ward', 'Schermen vergrendelen en gedeelde apparaten op de afdeling veilig gebruiken'],
      ['Report a security incident the same day', 'Een beveiligingsincident dezelfde dag melden'],
    ],
    k: [1, 3, 2, 'online', '0611', 0],
    a: ['Online test', 'Online toets', false, false],
    l: ['en'],
  },
  'nl-data-analysis-spreadsheets': {
    t: 'Data-analyse met spreadsheets',
    o: [
      ['Import, clean and sort data in a spreadsheet', 'Gegevens importeren, opschonen en sorteren in een spreadsheet'],
      ['Use formulas and pivot tables to summarise data', 'Formules en draaitabellen gebruiken om gegevens samen te vatten'],
      ['Present findings in a clear chart', 'Bevindingen presenteren in een duidelijke grafiek'],
    ],
    k: [2, 4, 5, 'online', '0611', 60],
    a: ['Assignment on a real data set', 'Opdracht met een echte dataset', false, true],
    l: ['en'],
  },
  'nl-web-accessibility-basics': {
    t: 'Toegankelijke websites voor zorgdiensten',
    o: [
      ['Check a web page against the main WCAG 2.2 criteria', 'Een webpagina toetsen aan de belangrijkste WCAG 2.2-criteria'],
      ['Fix contrast, headings, labels and keyboard access', 'Contrast, koppen, labels en toetsenbordtoegang verbeteren'],
      ['Test with a screen reader', 'Testen met een schermlezer'],
    ],
    k: [3, 4, 6, 'online', '0613', 80],
    a: ['Accessibility audit of a sample site', 'Toegankelijkheidsonderzoek van een voorbeeldsite', false, true],
    p: ['Programming basics: HTML and CSS', 'Basis programmeren: HTML en CSS'],
    l: ['en'],
  },
  'nl-programming-html-css': {
    t: 'Basis programmeren: HTML en CSS',
    o: [
      ['Build a web page with semantic HTML', 'Een webpagina bouwen met semantische HTML'],
      ['Style a page with CSS for phone and desktop', 'Een pagina opmaken met CSS voor telefoon en desktop'],
      ['Publish a page and use version control', 'Een pagina publiceren en versiebeheer gebruiken'],
    ],
    k: [3, 3, 8, 'blended', '0613', 0],
    a: ['Portfolio of web pages', 'Portfolio met webpagina’s', false, true],
    l: ['en'],
  },
  'nl-elderly-care-digital-skills': {
    t: 'Digitale vaardigheden in de ouderenzorg',
    o: [
      ['Use a tablet with residents for video calls and games', 'Met bewoners een tablet gebruiken voor beeldbellen en spelletjes'],
      ['Work with the electronic client record on a phone', 'Met het elektronisch cliëntdossier werken op een telefoon'],
      ['Help residents use their own digital devices safely', 'Bewoners helpen hun eigen digitale apparaten veilig te gebruiken'],
    ],
    k: [2, 3, 5, 'work-based', '0923', 0],
    a: ['Observation at the workplace', 'Observatie op de werkplek', true, true],
  },
  'nl-communication-skills-care': {
    t: 'Communicatievaardigheden in de zorg',
    o: [
      ['Listen actively and ask open questions', 'Actief luisteren en open vragen stellen'],
      ['Deliver difficult news with empathy', 'Moeilijk nieuws met empathie brengen'],
      ['Adapt your language to people with low literacy', 'Je taal aanpassen aan mensen met beperkte geletterdheid'],
    ],
    k: [2, 3, 4, 'on-site', '0031', 50],
    a: ['Role play with a training actor', 'Rollenspel met een trainingsacteur', true, true],
  },
  'nl-medication-safety-eprescribing': {
    t: 'Medicatieveiligheid en elektronisch voorschrijven',
    o: [
      ['Check a medication list in the electronic prescribing system', 'Een medicatieoverzicht controleren in het elektronisch voorschrijfsysteem'],
      ['Register administration with barcode scanning', 'Toediening registreren met barcodescanning'],
      ['Report a medication incident (VIM)', 'Een medicatie-incident melden (VIM)'],
    ],
    k: [2, 4, 4, 'blended', '0913', 85],
    a: ['Knowledge test and practical check', 'Kennistoets en praktijkcheck', true, true],
    l: ['en'],
  },

  // ---------------------------------------------------------------- Italy
  'it-fascicolo-sanitario-elettronico': {
    t: 'Il fascicolo sanitario elettronico (FSE) nella pratica',
    o: [
      ['Consult and update documents in the regional electronic health file', 'Consultare e aggiornare i documenti del fascicolo sanitario elettronico regionale'],
      ['Help a citizen give or withdraw consent to the FSE', 'Aiutare un cittadino a dare o revocare il consenso al FSE'],
      ['Use SPID and CIE to access health services', 'Usare SPID e CIE per accedere ai servizi sanitari'],
    ],
    k: [2, 4, 4, 'blended', '0988', 0],
    a: ['Practical exercise and written test', 'Esercitazione pratica e prova scritta', true, true],
    l: ['en'],
  },
  'it-gdpr-healthcare': {
    t: 'GDPR e dati sanitari',
    o: [
      ['Identify the legal basis for processing health data', 'Individuare la base giuridica del trattamento dei dati sanitari'],
      ['Draft a simple record of processing activities', 'Redigere un semplice registro dei trattamenti'],
      ['Handle a data subject’s access request', 'Gestire una richiesta di accesso dell’interessato'],
    ],
    k: [2, 5, 4, 'online', '0421', 120],
    a: ['Case study with written report', 'Studio di caso con relazione scritta', false, true],
    l: ['en'],
  },
  'it-telemedicine-platforms': {
    t: 'Piattaforme di telemedicina',
    o: [
      ['Configure a televisit on a regional telemedicine platform', 'Configurare una televisita su una piattaforma regionale di telemedicina'],
      ['Connect home monitoring devices to the platform', 'Collegare i dispositivi di monitoraggio domiciliare alla piattaforma'],
      ['Support clinicians and patients when the connection fails', 'Assistere medici e pazienti quando la connessione non funziona'],
    ],
    k: [3, 5, 6, 'blended', '0988', 150],
    a: ['Project work and oral interview', 'Project work e colloquio orale', true, true],
    p: ['The electronic health file (FSE) in practice', 'Il fascicolo sanitario elettronico (FSE) nella pratica'],
    l: ['en'],
  },
  'it-database-basics-sql': {
    t: 'Basi di dati e SQL',
    o: [
      ['Design a simple relational database', 'Progettare una semplice base di dati relazionale'],
      ['Write SQL queries with joins and aggregates', 'Scrivere query SQL con join e funzioni di aggregazione'],
      ['Protect personal data in a database with roles and views', 'Proteggere i dati personali in un database con ruoli e viste'],
    ],
    k: [4, 4, 8, 'online', '0612', 0],
    a: ['Practical exam in a database environment', 'Esame pratico in un ambiente database', true, true],
    l: ['en'],
  },
  'it-cloud-services-health': {
    t: 'Servizi cloud per le organizzazioni sanitarie',
    o: [
      ['Compare cloud service models for a health organisation', 'Confrontare i modelli di servizio cloud per un’organizzazione sanitaria'],
      ['Deploy a small service with backups and access control', 'Mettere in esercizio un piccolo servizio con backup e controllo degli accessi'],
      ['Check a provider against national cloud qualification rules', 'Verificare un fornitore rispetto alle regole nazionali di qualificazione cloud'],
    ],
    k: [4, 5, 8, 'online', '0612', 200],
    a: ['Lab project and written test', 'Progetto di laboratorio e prova scritta', false, true],
    p: ['Database basics with SQL', 'Basi di dati e SQL'],
    l: ['en'],
  },
  'it-software-testing-basics': {
    t: 'Fondamenti di test del software',
    o: [
      ['Write test cases from requirements', 'Scrivere casi di test a partire dai requisiti'],
      ['Run and report manual and automated tests', 'Eseguire e documentare test manuali e automatici'],
      ['Explain why medical software needs extra testing', 'Spiegare perché il software medicale richiede test più accurati'],
    ],
    k: [3, 4, 6, 'blended', '0613', 90],
    a: ['Test plan for a sample application', 'Piano di test per un’applicazione di esempio', false, true],
    l: ['en'],
  },
  'it-hospital-logistics-digital': {
    t: 'Strumenti digitali nella logistica ospedaliera',
    o: [
      ['Track supplies and linen with barcodes and RFID', 'Tracciare materiali e biancheria con codici a barre e RFID'],
      ['Plan patient transport with the hospital app', 'Pianificare il trasporto dei pazienti con l’app ospedaliera'],
      ['Follow hygiene rules when moving between wards', 'Rispettare le regole igieniche negli spostamenti tra reparti'],
    ],
    k: [1, 3, 3, 'work-based', '1041', 0],
    a: ['Observation during work', 'Osservazione durante il lavoro', true, false],
  },
  'it-lab-information-systems': {
    t: 'Sistemi informativi di laboratorio',
    o: [
      ['Register samples and results in a laboratory information system', 'Registrare campioni e risultati in un sistema informativo di laboratorio'],
      ['Apply quality controls and traceability', 'Applicare controlli di qualità e tracciabilità'],
      ['Send results electronically to wards and the FSE', 'Inviare i risultati in formato elettronico ai reparti e al FSE'],
    ],
    k: [3, 5, 6, 'on-site', '0914', 160],
    a: ['Practical test in the training laboratory', 'Prova pratica nel laboratorio didattico', true, true],
  },
  'it-teamwork-problem-solving': {
    t: 'Lavoro di squadra e problem solving',
    o: [
      ['Agree goals and roles in a project team', 'Concordare obiettivi e ruoli in un gruppo di progetto'],
      ['Use a structured method to solve a problem', 'Usare un metodo strutturato per risolvere un problema'],
      ['Handle a conflict constructively', 'Gestire un conflitto in modo costruttivo'],
    ],
    k: [1, 3, 2, 'on-site', '0417', 0],
    a: ['Team challenge with peer and tutor assessment', 'Sfida di gruppo con valutazione tra pari e del tutor', false, false],
    l: ['en'],
  },
  'it-italian-for-health-work': {
    t: 'Italiano per il lavoro in sanità (A2–B1)',
    o: [
      ['Talk with patients about symptoms and daily needs', 'Parlare con i pazienti di sintomi e bisogni quotidiani'],
      ['Understand handovers and written instructions', 'Comprendere le consegne e le istruzioni scritte'],
      ['Write short notes in the care record', 'Scrivere brevi note nella documentazione assistenziale'],
    ],
    k: [5, 3, 12, 'blended', '0231', 0],
    a: ['Language test (CEFR A2–B1)', 'Esame di lingua (QCER A2–B1)', true, true],
    p: ['Italian at level A1', 'Italiano di livello A1'],
    l: [],
  },
  'it-entrepreneurship-healthtech': {
    t: 'Imprenditorialità nella HealthTech',
    o: [
      ['Describe a health problem and the people who have it', 'Descrivere un problema di salute e le persone che lo vivono'],
      ['Build and test a simple business model', 'Costruire e verificare un semplice modello di business'],
      ['Explain the basics of CE marking for medical software', 'Spiegare le basi della marcatura CE del software medicale'],
    ],
    k: [3, 5, 6, 'blended', '0413', 100],
    a: ['Pitch to a jury', 'Presentazione a una giuria', false, true],
    l: ['en'],
  },
};
