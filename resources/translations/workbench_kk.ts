<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
  <context>
    <name>ConflictListModel</name>
    <message>
      <source>Record</source>
      <translation>Жазба</translation>
    </message>
    <message>
      <source>Your choice</source>
      <translation>Сіздің таңдауыңыз</translation>
    </message>
  </context>
  <context>
    <name>ConflictPanel</name>
    <message>
      <source>Both</source>
      <translation>Екеуі де</translation>
    </message>
    <message>
      <source>Bring back their edited version</source>
      <translation>Әріптестің түзетілген нұсқасын қайтару</translation>
    </message>
    <message>
      <source>Choose field by field</source>
      <translation>Әр өріс бойынша таңдау</translation>
    </message>
    <message>
      <source>Delete it, as they did</source>
      <translation>Әріптес сияқты жою</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Өріс</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Қалдыру</translation>
    </message>
    <message>
      <source>Keep both (theirs as a separate copy)</source>
      <translation>Екеуін де қалдыру (әріптестікін — бөлек көшірме ретінде)</translation>
    </message>
    <message>
      <source>Keep it deleted</source>
      <translation>Жойылған күйінде қалдыру</translation>
    </message>
    <message>
      <source>Keep my edited version</source>
      <translation>Менің түзетілген нұсқамды қалдыру</translation>
    </message>
    <message>
      <source>Keep my version</source>
      <translation>Менің нұсқамды қалдыру</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>Біріктірілді</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Менікі</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Жоқ</translation>
    </message>
    <message>
      <source>Take their version</source>
      <translation>Әріптестің нұсқасын алу</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Әріптестікі</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Иә</translation>
    </message>
    <message>
      <source>You and your colleague both edited this record.</source>
      <translation>Бұл жазбаны сіз де, әріптесіңіз де өзгертті.</translation>
    </message>
    <message>
      <source>You and your colleague both edited this record. What only one of you changed was merged; choose for the fields you both changed.</source>
      <translation>Сіз де, әріптесіңіз де бұл жазбаны өзгерттіңіз. Тек біреуіңіз өзгерткен бөліктер біріктірілді; екеуіңіз де өзгерткен өрістер үшін таңдау жасаңыз.</translation>
    </message>
    <message>
      <source>You and your colleague edited different parts of this record: they were merged with no question. You can still change any field below.</source>
      <translation>Сіз және әріптесіңіз бұл жазбаның әртүрлі бөліктерін өзгерттіңіздер: олар сұрақсыз біріктірілді. Төмендегі кез келген өрісті әлі де өзгертуге болады.</translation>
    </message>
    <message>
      <source>You deleted this record; your colleague edited it.</source>
      <translation>Сіз бұл жазбаны жойдыңыз, ал әріптесіңіз оны өзгертті.</translation>
    </message>
    <message>
      <source>You edited this record; your colleague deleted it.</source>
      <translation>Сіз бұл жазбаны өзгерттіңіз, ал әріптесіңіз оны жойды.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
  </context>
  <context>
    <name>DocumentPanel</name>
    <message>
      <source>Both languages in two columns, as exported</source>
      <translation>Екі тіл екі бағанда, экспорттағыдай</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Тіл:</translation>
    </message>
    <message>
      <source>Open a submission to see its document here.</source>
      <translation>Құжатын осында көру үшін өтінімді ашыңыз.</translation>
    </message>
    <message>
      <source>Preflight</source>
      <translation>Тексеру</translation>
    </message>
    <message>
      <source>Preflight (%d)</source>
      <translation>Тексеру (%d)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Алдын ала қарау</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Қатар</translation>
    </message>
    <message>
      <source>The document could not be read (%s). The log file has the details.</source>
      <translation>Құжатты оқу мүмкін болмады (%s). Толығы журнал файлында.</translation>
    </message>
    <message>
      <source>“%s”: %d to fix, %d notes</source>
      <translation>«%s»: түзету керек — %d, ескертпе — %d</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>%s notes below.</source>
      <translation>Төменде %s ескерту.</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Қосылды</translation>
    </message>
    <message>
      <source>Changed since the last export:</source>
      <translation>Соңғы экспорттан бергі өзгерістер:</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>Экспорттайтын файлды таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <source>Comparing with the last export…</source>
      <translation>Соңғы экспортпен салыстырылуда…</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Өзгертілді</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорттау</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Экспорттау орны</translation>
    </message>
    <message>
      <source>Export “%s”</source>
      <translation>«%s» экспорттау</translation>
    </message>
    <message>
      <source>Exported %d recommendations with %d footnotes to %s.</source>
      <translation>%d ұсыныс пен %d сілтеме %s файлына экспортталды.</translation>
    </message>
    <message>
      <source>Exporting to %s…</source>
      <translation>%s файлына экспортталуда…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <source>Include confidential material</source>
      <translation>Құпия материалдарды қосу</translation>
    </message>
    <message>
      <source>Last exported %s.</source>
      <translation>Соңғы экспорт: %s.</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Орны ауыстырылды</translation>
    </message>
    <message>
      <source>Never exported before: every recommendation is new.</source>
      <translation>Бұрын экспортталмаған: барлық ұсыныс жаңа.</translation>
    </message>
    <message>
      <source>No recommendation changed since.</source>
      <translation>Содан бері бірде-бір ұсыныс өзгерген жоқ.</translation>
    </message>
    <message>
      <source>Notes on the export:</source>
      <translation>Экспорт туралы ескертулер:</translation>
    </message>
    <message>
      <source>Open the file when done</source>
      <translation>Аяқталғанда файлды ашу</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Алынып тасталды</translation>
    </message>
    <message>
      <source>The bundled template</source>
      <translation>Кіріктірілген үлгі</translation>
    </message>
    <message>
      <source>The comparison with the last export failed (%s).</source>
      <translation>Соңғы экспортпен салыстыру сәтсіз аяқталды (%s).</translation>
    </message>
    <message>
      <source>The export failed: %s. Nothing was changed.</source>
      <translation>Экспорт сәтсіз аяқталды: %s. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Word құжаттары (*.docx)</translation>
    </message>
    <message>
      <source>Word documents and templates (*.docx *.dotx)</source>
      <translation>Word құжаттары мен үлгілері (*.docx *.dotx)</translation>
    </message>
    <message>
      <source>Word template</source>
      <translation>Word үлгісі</translation>
    </message>
    <message>
      <source>Word template:</source>
      <translation>Word үлгісі:</translation>
    </message>
  </context>
  <context>
    <name>ExportNotes</name>
    <message>
      <source>%s “%s”</source>
      <translation>%s «%s»</translation>
    </message>
    <message>
      <source>%s: %s characters Word cannot hold were dropped.</source>
      <translation>%s: Word сақтай алмайтын таңбалар алынып тасталды (%s).</translation>
    </message>
    <message>
      <source>ActiveX controls</source>
      <translation>ActiveX басқару элементтері</translation>
    </message>
    <message>
      <source>Citation key “@%s” matches no source (%s times); it was left as text.</source>
      <translation>«@%s» сілтеме кілті ешбір дереккөзге сәйкес келмейді (%s рет); ол мәтін ретінде қалдырылды.</translation>
    </message>
    <message>
      <source>Left out %s “%s” (%s).</source>
      <translation>Құжатқа енгізілмеді: %s «%s» (%s).</translation>
    </message>
    <message>
      <source>Left out %s “%s”: its source is not public.</source>
      <translation>Құжатқа енгізілмеді: %s «%s» — дереккөзі жария емес.</translation>
    </message>
    <message>
      <source>Left out of the template: %s.</source>
      <translation>Үлгіден алынбады: %s.</translation>
    </message>
    <message>
      <source>Left out of the template: a link to an outside file (%s, %s).</source>
      <translation>Үлгіден алынбады: сыртқы файлға сілтеме (%s, %s).</translation>
    </message>
    <message>
      <source>Section “%s”</source>
      <translation>«%s» бөлімі</translation>
    </message>
    <message>
      <source>The document's headings and labels</source>
      <translation>Құжаттың тақырыптары мен белгілері</translation>
    </message>
    <message>
      <source>The list of abbreviations</source>
      <translation>Қысқартулар тізімі</translation>
    </message>
    <message>
      <source>The submission's field “%s”</source>
      <translation>Өтінімнің «%s» өрісі</translation>
    </message>
    <message>
      <source>custom XML bindings</source>
      <translation>пайдаланушы XML деректеріне байланыстар</translation>
    </message>
    <message>
      <source>custom XML data</source>
      <translation>пайдаланушы XML деректері</translation>
    </message>
    <message>
      <source>embedded objects</source>
      <translation>ендірілген нысандар</translation>
    </message>
    <message>
      <source>macros</source>
      <translation>макростар</translation>
    </message>
    <message>
      <source>“%s”, %s: the text reads as %s; the document is in %s.</source>
      <translation>«%s», %s: мәтін тілі — %s, құжат тілі — %s.</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>Accessed on</source>
      <translation>Қаралған күні</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <source>Addressee</source>
      <translation>Адресат</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Қабылданған күні</translation>
    </message>
    <message>
      <source>Argument</source>
      <translation>Дәйек</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Authors</source>
      <translation>Авторлар</translation>
    </message>
    <message>
      <source>Bibliography</source>
      <translation>Дереккөздер тізімі</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Санат</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Өзгертілген</translation>
    </message>
    <message>
      <source>Citation key</source>
      <translation>Сілтеме кілті</translation>
    </message>
    <message>
      <source>Citations</source>
      <translation>Сілтемелер</translation>
    </message>
    <message>
      <source>Comparative table</source>
      <translation>Салыстырмалы кесте</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Құпиялылық</translation>
    </message>
    <message>
      <source>Cover page</source>
      <translation>Титул парағы</translation>
    </message>
    <message>
      <source>Date precision</source>
      <translation>Күннің дәлдігі</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Сипаттама</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Тақырып</translation>
    </message>
    <message>
      <source>Include confidential material</source>
      <translation>Құпия материалдарды қосу</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Акт</translation>
    </message>
    <message>
      <source>Introduction</source>
      <translation>Кіріспе</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Шыққан күні</translation>
    </message>
    <message>
      <source>Jurisdiction</source>
      <translation>Юрисдикция</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Тіл</translation>
    </message>
    <message>
      <source>List of abbreviations</source>
      <translation>Қысқартулар тізімі</translation>
    </message>
    <message>
      <source>Locator</source>
      <translation>Дереккөздегі орны</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Ескертпелер</translation>
    </message>
    <message>
      <source>Observed on</source>
      <translation>Байқалған күні</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Ұйым</translation>
    </message>
    <message>
      <source>Other languages</source>
      <translation>Басқа тілдер</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Орны</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Басымдық</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Ұсынылған редакция</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Баспагер</translation>
    </message>
    <message>
      <source>Quotation</source>
      <translation>Дәйексөз</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Негіздеме</translation>
    </message>
    <message>
      <source>Ready-made theme</source>
      <translation>Дайын тақырып</translation>
    </message>
    <message>
      <source>Section introduction</source>
      <translation>Бөлімнің кіріспесі</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Ауырлығы</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Қысқаша атауы</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Қысқа атауы</translation>
    </message>
    <message>
      <source>Side by side with</source>
      <translation>Қатар берілетін тіл</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <source>Structural unit</source>
      <translation>Құрылымдық бірлік</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Берілген күні</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>Тақырыпша</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Түйіндеме</translation>
    </message>
    <message>
      <source>Table of contents</source>
      <translation>Мазмұны</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Үлгі</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Мәтін</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Мәні</translation>
    </message>
    <message>
      <source>Version date</source>
      <translation>Редакция күні</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>Тұжырымы</translation>
    </message>
    <message>
      <source>Wording is the statute's own words</source>
      <translation>Тұжырым — заңның өз сөздері</translation>
    </message>
    <message>
      <source>Wording language</source>
      <translation>Тұжырым тілі</translation>
    </message>
    <message>
      <source>Wording taken on</source>
      <translation>Тұжырым алынған күн</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Құжат:</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импорттау</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Түрі:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Тілі:</translation>
    </message>
    <message>
      <source>&amp;Use the library's source:</source>
      <translation>&amp;Кітапханадағы дереккөзді алу:</translation>
    </message>
    <message>
      <source>(a new source)</source>
      <translation>(жаңа дереккөз)</translation>
    </message>
    <message>
      <source>Backing up, then importing…</source>
      <translation>Алдымен сақтық көшірме жасалады, содан кейін импорт…</translation>
    </message>
    <message>
      <source>Backup made first: %s</source>
      <translation>Алдымен сақтық көшірме жасалды: %s</translation>
    </message>
    <message>
      <source>Choose a Word document (.docx): nothing is written until you import.</source>
      <translation>Word құжатын (.docx) таңдаңыз: импорттағанға дейін ештеңе жазылмайды.</translation>
    </message>
    <message>
      <source>Choose the Word document to import.</source>
      <translation>Импорттайтын Word құжатын таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <source>Comparing with the library…</source>
      <translation>Кітапханамен салыстырылуда…</translation>
    </message>
    <message>
      <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
      <translation>Өңдеу ▸ Болдырмау (Ctrl+Z) бүкіл импортты толығымен кері қайтарады.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Ағылшын тілі</translation>
    </message>
    <message>
      <source>Import a Word document</source>
      <translation>Word құжатын импорттау</translation>
    </message>
    <message>
      <source>Import which document?</source>
      <translation>Қай құжатты импорттау керек?</translation>
    </message>
    <message>
      <source>Imported %d record(s) from %s.</source>
      <translation>Импортталған жазбалар: %d, %s құжатынан.</translation>
    </message>
    <message>
      <source>Importing creates: %s.</source>
      <translation>Импорт мыналарды жасайды: %s.</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>Қазақ тілі</translation>
    </message>
    <message>
      <source>Nothing new to import: the library already holds all of it.</source>
      <translation>Импорттайтын жаңа ештеңе жоқ: мұның бәрі кітапханада бар.</translation>
    </message>
    <message>
      <source>Nothing ticked.</source>
      <translation>Ештеңе белгіленбеген.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Ештеңе импортталмады.</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Оқу</translation>
    </message>
    <message>
      <source>Read from the text</source>
      <translation>Мәтін бойынша анықтау</translation>
    </message>
    <message>
      <source>Read in %s.</source>
      <translation>Оқылған тілі: %s.</translation>
    </message>
    <message>
      <source>Reading %s…</source>
      <translation>%s оқылуда…</translation>
    </message>
    <message>
      <source>Records you edited since the last import: choose what to keep.</source>
      <translation>Соңғы импорттан кейін сіз өзгерткен жазбалар: нені сақтауды таңдаңыз.</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Орыс тілі</translation>
    </message>
    <message>
      <source>The import failed: %s. Nothing was changed.</source>
      <translation>Импорт сәтсіз аяқталды: %s. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
      <source>Untick what you do not want, change a row's kind or merge a source into the library's, then import. Space ticks or unticks the selected row.</source>
      <translation>Қажет еместің белгісін алып тастаңыз, жолдың түрін өзгертіңіз немесе дереккөзді кітапханадағымен біріктіріңіз, содан кейін импорттаңыз. Бос орын пернесі таңдалған жолды белгілейді немесе белгісін алады.</translation>
    </message>
    <message>
      <source>Word documents (*.docx *.dotx);;All files (*)</source>
      <translation>Word құжаттары (*.docx *.dotx);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>comments left out</source>
      <translation>өткізіп жіберілген пікірлер</translation>
    </message>
    <message>
      <source>headers and footers left out</source>
      <translation>өткізіп жіберілген колонтитулдар</translation>
    </message>
    <message>
      <source>text boxes left out</source>
      <translation>өткізіп жіберілген мәтін өрістері</translation>
    </message>
    <message>
      <source>tracked deletions dropped</source>
      <translation>алынып тасталған бақыланатын жоюлар</translation>
    </message>
    <message>
      <source>tracked insertions taken</source>
      <translation>қабылданған бақыланатын кірістірулер</translation>
    </message>
  </context>
  <context>
    <name>ImportRows</name>
    <message>
      <source>Becomes</source>
      <translation>Болады</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Қайдан</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
    <message>
      <source>endnote %s</source>
      <translation>соңғы ескертпе %s</translation>
    </message>
    <message>
      <source>endnotes %s</source>
      <translation>соңғы ескертпелер %s</translation>
    </message>
    <message>
      <source>endnotes %s and %s more</source>
      <translation>соңғы ескертпелер %s және тағы %s</translation>
    </message>
    <message>
      <source>footnote %s</source>
      <translation>сілтеме %s</translation>
    </message>
    <message>
      <source>footnotes %s</source>
      <translation>сілтемелер %s</translation>
    </message>
    <message>
      <source>footnotes %s and %s more</source>
      <translation>сілтемелер %s және тағы %s</translation>
    </message>
    <message>
      <source>left out</source>
      <translation>импортталмайды</translation>
    </message>
    <message>
      <source>named in the text</source>
      <translation>мәтінде аталған</translation>
    </message>
    <message>
      <source>named in the text, not in the library</source>
      <translation>мәтінде аталған, кітапханада жоқ</translation>
    </message>
    <message>
      <source>new</source>
      <translation>жаңа жазба</translation>
    </message>
    <message>
      <source>not in the library: tick to create it</source>
      <translation>кітапханада жоқ: жасау үшін белгілеңіз</translation>
    </message>
    <message>
      <source>recommendation %s</source>
      <translation>ұсыныс %s</translation>
    </message>
    <message>
      <source>recommendation %s, critique %s</source>
      <translation>ұсыныс %s, сын %s</translation>
    </message>
    <message>
      <source>recommendation %s, evidence %s</source>
      <translation>ұсыныс %s, дәлел %s</translation>
    </message>
    <message>
      <source>the document's outline</source>
      <translation>құжаттың құрылымы</translation>
    </message>
    <message>
      <source>the library's “%s”</source>
      <translation>кітапханадан: «%s»</translation>
    </message>
  </context>
  <context>
    <name>Kind</name>
    <message>
      <source>(untitled)</source>
      <translation>(атаусыз)</translation>
    </message>
    <message>
      <source>Critique</source>
      <translation>Сын</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Дәлел</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Құқықтық акт</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Норма</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Ұсыныс</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Дереккөз</translation>
    </message>
    <message>
      <source>Submission</source>
      <translation>Өтінім</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Белгі</translation>
    </message>
  </context>
  <context>
    <name>Kinds</name>
    <message>
      <source>Critiques</source>
      <translation>Сындар</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Дәлелдер</translation>
    </message>
    <message>
      <source>Instruments</source>
      <translation>Құқықтық актілер</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Нормалар</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Ұсыныстар</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Дереккөздер</translation>
    </message>
    <message>
      <source>Submissions</source>
      <translation>Өтінімдер</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Белгілер</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation>ағылшын тілі</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>қазақ тілі</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>орыс тілі</translation>
    </message>
  </context>
  <context>
    <name>LinkPickerDialog</name>
    <message>
      <source>Link to a %s</source>
      <translation>Байланыстыру: %s</translation>
    </message>
    <message>
      <source>Search %s…</source>
      <translation>Іздеу: %s…</translation>
    </message>
  </context>
  <context>
    <name>LinkRoleEditor</name>
    <message>
      <source>Link…</source>
      <translation>Байланыстыру…</translation>
    </message>
    <message>
      <source>Unlink</source>
      <translation>Байланысты үзу</translation>
    </message>
  </context>
  <context>
    <name>ListPanel</name>
    <message>
      <source>%s records</source>
      <translation>Жазбалар: %s</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Барлық белгілер</translation>
    </message>
    <message>
      <source>Any %s</source>
      <translation>%s: кез келген</translation>
    </message>
    <message>
      <source>Reading the list…</source>
      <translation>Тізім жүктелуде…</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>%s — Workbench</source>
      <translation>%s — Workbench</translation>
    </message>
    <message>
      <source>%s. The log file has the details.</source>
      <translation>%s. Толығырақ журнал файлында.</translation>
    </message>
    <message>
      <source>&amp;About Workbench</source>
      <translation>Workbench &amp;туралы</translation>
    </message>
    <message>
      <source>&amp;Close Project</source>
      <translation>Жобаны &amp;жабу</translation>
    </message>
    <message>
      <source>&amp;Delete Record</source>
      <translation>Жазбаны &amp;жою</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Түзету</translation>
    </message>
    <message>
      <source>&amp;Export Submission…</source>
      <translation>Өтінімді &amp;экспорттау…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Іздеу…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Анықтама</translation>
    </message>
    <message>
      <source>&amp;Import Word Document…</source>
      <translation>Word құжатын &amp;импорттау…</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
      <source>&amp;Merge from a Colleague…</source>
      <translation>Әріптестің жұмысымен &amp;біріктіру…</translation>
    </message>
    <message>
      <source>&amp;New Project…</source>
      <translation>&amp;Жаңа жоба…</translation>
    </message>
    <message>
      <source>&amp;Open Project…</source>
      <translation>Жобаны &amp;ашу…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Шығу</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Қайталау</translation>
    </message>
    <message>
      <source>&amp;Restore from Backup…</source>
      <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Баптаулар…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Болдырмау</translation>
    </message>
    <message>
      <source>About Workbench</source>
      <translation>Workbench туралы</translation>
    </message>
    <message>
      <source>Bold	Ctrl+B</source>
      <translation>Қалың	Ctrl+B</translation>
    </message>
    <message>
      <source>Bring In Re&amp;viewed Document…</source>
      <translation>Рецензияланған &amp;құжатты енгізу…</translation>
    </message>
    <message>
      <source>Bulleted List	Ctrl+Shift+8</source>
      <translation>Таңбаланған тізім	Ctrl+Shift+8</translation>
    </message>
    <message>
      <source>Creating “%s”…</source>
      <translation>«%s» жасалуда…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорттау</translation>
    </message>
    <message>
      <source>F&amp;ormat</source>
      <translation>П&amp;ішім</translation>
    </message>
    <message>
      <source>Finish what is open, then merge “%s” with File ▸ Merge from a Colleague…</source>
      <translation>Ашық тұрған әрекетті аяқтаңыз, содан кейін «%s» файлын Файл ▸ Әріптестің жұмысымен біріктіру… арқылы біріктіріңіз</translation>
    </message>
    <message>
      <source>Italic	Ctrl+I</source>
      <translation>Көлбеу	Ctrl+I</translation>
    </message>
    <message>
      <source>Link…	Ctrl+K</source>
      <translation>Сілтеме…	Ctrl+K</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Негізгі</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Жаңа</translation>
    </message>
    <message>
      <source>New &amp;Record</source>
      <translation>Жаңа &amp;жазба</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Жаңа жоба</translation>
    </message>
    <message>
      <source>No project is open.

File ▸ New Project (Ctrl+N) or File ▸ Open Project (Ctrl+O).</source>
      <translation>Ешбір жоба ашылмаған.

Файл ▸ Жаңа жоба (Ctrl+N) немесе Файл ▸ Жобаны ашу (Ctrl+O).</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>Соңғы жобалар жоқ</translation>
    </message>
    <message>
      <source>Not opened</source>
      <translation>Ашылмады</translation>
    </message>
    <message>
      <source>Numbered List	Ctrl+Shift+7</source>
      <translation>Нөмірленген тізім	Ctrl+Shift+7</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Соңғы жобалар</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Жобаны ашу</translation>
    </message>
    <message>
      <source>Open the submission to export first.</source>
      <translation>Алдымен экспорттайтын өтінімді ашыңыз.</translation>
    </message>
    <message>
      <source>Opening “%s”…</source>
      <translation>«%s» ашылуда…</translation>
    </message>
    <message>
      <source>Quotation	Ctrl+Shift+Q</source>
      <translation>Дәйексөз	Ctrl+Shift+Q</translation>
    </message>
    <message>
      <source>Restore which project?</source>
      <translation>Қай жобаны қалпына келтіру керек?</translation>
    </message>
    <message>
      <source>S&amp;hare…</source>
      <translation>&amp;Бөлісу…</translation>
    </message>
    <message>
      <source>Search everything (Ctrl+F)</source>
      <translation>Барлығынан іздеу (Ctrl+F)</translation>
    </message>
    <message>
      <source>Upgrading “%s” for this version of Workbench (once)…</source>
      <translation>«%s» Workbench-тің осы нұсқасына жаңартылуда (бір рет)…</translation>
    </message>
    <message>
      <source>Workbench</source>
      <translation>Workbench</translation>
    </message>
    <message>
      <source>Workbench projects (*.wbproj)</source>
      <translation>Workbench жобалары (*.wbproj)</translation>
    </message>
    <message>
      <source>Workbench: a library of provisions, critiques and evidence, and the recommendations drawn from it. Works offline; your data stays on this computer.</source>
      <translation>Workbench: нормалар, сындар мен дәлелдер кітапханасы және соларға негізделген ұсыныстар. Желісіз жұмыс істейді; деректеріңіз осы компьютерде қалады.</translation>
    </message>
    <message>
      <source>“%s” could not be opened: %s</source>
      <translation>«%s» ашылмады: %s</translation>
    </message>
  </context>
  <context>
    <name>MarkdownEdit</name>
    <message>
      <source>Bold</source>
      <translation>Қалың</translation>
    </message>
    <message>
      <source>Bulleted list</source>
      <translation>Таңбаланған тізім</translation>
    </message>
    <message>
      <source>Italic</source>
      <translation>Көлбеу</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Сілтеме</translation>
    </message>
    <message>
      <source>Link…</source>
      <translation>Байланыстыру…</translation>
    </message>
    <message>
      <source>Numbered list</source>
      <translation>Нөмірленген тізім</translation>
    </message>
    <message>
      <source>Quotation</source>
      <translation>Дәйексөз</translation>
    </message>
    <message>
      <source>Web address (http or https):</source>
      <translation>Веб-мекенжай (http немесе https):</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>%d conflicting copy(ies) kept.</source>
      <translation>Сақталған қайшы көшірмелер: %d.</translation>
    </message>
    <message>
      <source>%d record(s) edited on both sides in different places were merged with no question: select one to see or change what was merged.</source>
      <translation>Екі жақта әртүрлі жерлерінде өзгертіліп, сұрақсыз біріктірілген жазбалар: %d. Нәтижені көру немесе өзгерту үшін біреуін таңдаңыз.</translation>
    </message>
    <message>
      <source>%d record(s) were changed on both sides. Choose for each what to keep; field by field, the merged or your version is kept unless you pick another.</source>
      <translation>Екі жақта да өзгертілген жазбалар: %d. Әрқайсысында нені сақтау керектігін таңдаңыз; өріс бойынша, басқасын таңдамасаңыз, біріктірілген немесе сіздің нұсқаңыз сақталады.</translation>
    </message>
    <message>
      <source>Apply Merge</source>
      <translation>Біріктіруді қолдану</translation>
    </message>
    <message>
      <source>Backing up, then merging…</source>
      <translation>Сақтық көшірме жасалып, содан соң біріктірілуде…</translation>
    </message>
    <message>
      <source>Backup made first: %s</source>
      <translation>Алдымен сақтық көшірме жасалды: %s</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>Екеуі де</translation>
    </message>
    <message>
      <source>Choose for each</source>
      <translation>Әрқайсысына таңдау</translation>
    </message>
    <message>
      <source>Choose the file your colleague sent.</source>
      <translation>Әріптесіңіз жіберген файлды таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <source>Colleague's work (*.wbshare *.json *.wbproj);;All files (*)</source>
      <translation>Әріптестің жұмысы (*.wbshare *.json *.wbproj);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>Edit ▸ Undo (Ctrl+Z) takes the whole merge back.</source>
      <translation>Түзету ▸ Болдырмау (Ctrl+Z) бүкіл біріктіруді кері қайтарады.</translation>
    </message>
    <message>
      <source>Field by field</source>
      <translation>Өріс бойынша</translation>
    </message>
    <message>
      <source>For every conflict:</source>
      <translation>Барлық қайшылық үшін:</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>Екеуін де қалдыру</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Менікін қалдыру</translation>
    </message>
    <message>
      <source>Merge from</source>
      <translation>Біріктіру көзі</translation>
    </message>
    <message>
      <source>Merge from a colleague</source>
      <translation>Әріптестің жұмысымен біріктіру</translation>
    </message>
    <message>
      <source>Merged automatically</source>
      <translation>Автоматты түрде біріктірілді</translation>
    </message>
    <message>
      <source>Merged: %d added, %d updated, %d deleted, %d conflict(s) resolved.</source>
      <translation>Біріктірілді: %d қосылды, %d жаңартылды, %d жойылды, %d қайшылық шешілді.</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Менікі</translation>
    </message>
    <message>
      <source>No conflicts.</source>
      <translation>Қайшылықтар жоқ.</translation>
    </message>
    <message>
      <source>Nothing to merge: your project already holds all of it.</source>
      <translation>Біріктіретін ештеңе жоқ: жобаңызда бәрі бар.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Құпия фраза:</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Оқу</translation>
    </message>
    <message>
      <source>Reading %s…</source>
      <translation>%s оқылуда…</translation>
    </message>
    <message>
      <source>Review the changes</source>
      <translation>Өзгерістерді қарау</translation>
    </message>
    <message>
      <source>Review the changes, then apply the merge.</source>
      <translation>Өзгерістерді қарап шығып, біріктіруді қолданыңыз.</translation>
    </message>
    <message>
      <source>Take theirs</source>
      <translation>Әріптестікін алу</translation>
    </message>
    <message>
      <source>The merge failed: %s. Nothing was changed.</source>
      <translation>Біріктіру сәтсіз аяқталды: %s. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
      <source>Their file:</source>
      <translation>Әріптестің файлы:</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Әріптестікі</translation>
    </message>
    <message>
      <source>This bundle is encrypted: enter the passphrase it was shared with.</source>
      <translation>Бұл топтама шифрланған: бөлісу кезінде берілген құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
      <source>This bundle leaves out confidential evidence and sources: your links to yours stay as they are.</source>
      <translation>Бұл топтамада құпия дәлелдер мен дереккөздер жоқ: сіздің өз жазбаларыңызға сілтемелеріңіз өзгермейді.</translation>
    </message>
    <message>
      <source>What merging changes in your project:</source>
      <translation>Біріктіру жобаңызда нені өзгертеді:</translation>
    </message>
    <message>
      <source>Wrong passphrase, or the bundle was altered after it was made. Nothing was changed; try the passphrase again.</source>
      <translation>Құпия фраза қате немесе топтама жасалғаннан кейін өзгертілген. Ештеңе өзгерген жоқ; фразаны қайта енгізіп көріңіз.</translation>
    </message>
  </context>
  <context>
    <name>MergePreviewModel</name>
    <message>
      <source>Added</source>
      <translation>Қосылды</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Қайшылықтар</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Жойылды</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>Біріктірілді</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Жаңартылды</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>%1 %2 %3 does not exist</source>
      <translation>%3 жылғы %1 %2 деген күн жоқ</translation>
    </message>
    <message>
      <source>%d record(s) were changed on both sides; choose what to keep for each. Nothing was merged.</source>
      <translation>Екі жақта да өзгертілген жазбалар: %d; әрқайсысы үшін не қалатынын таңдаңыз. Ештеңе біріктірілген жоқ.</translation>
    </message>
    <message>
      <source>%s exists already; choose another name.</source>
      <translation>%s бұрыннан бар; басқа атау таңдаңыз.</translation>
    </message>
    <message>
      <source>A backup could not be written in %s: %s. Nothing was changed; free some space or check the folder, then try again.</source>
      <translation>%s ішіне сақтық көшірме жазылмады: %s. Ештеңе өзгерген жоқ; орын босатыңыз немесе буманы тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
      <source>A value is needed here</source>
      <translation>Мұнда мән қажет</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>Сақтық көшірме жасалмады</translation>
    </message>
    <message>
      <source>Cannot merge this file</source>
      <translation>Бұл файлды біріктіру мүмкін емес</translation>
    </message>
    <message>
      <source>Cannot merge this project</source>
      <translation>Бұл жобаны біріктіру мүмкін емес</translation>
    </message>
    <message>
      <source>Cannot read this file</source>
      <translation>Файлды оқу мүмкін емес</translation>
    </message>
    <message>
      <source>Cannot use this bundle</source>
      <translation>Бұл топтаманы пайдалану мүмкін емес</translation>
    </message>
    <message>
      <source>Change refused</source>
      <translation>Өзгеріс қабылданбады</translation>
    </message>
    <message>
      <source>Choose one of the values offered</source>
      <translation>Ұсынылған мәндердің бірін таңдаңыз</translation>
    </message>
    <message>
      <source>Choose yes or no</source>
      <translation>«Иә» немесе «жоқ» таңдаңыз</translation>
    </message>
    <message>
      <source>Conflicts remain</source>
      <translation>Қайшылықтар қалды</translation>
    </message>
    <message>
      <source>Could not write “%s”: %s. Nothing was changed; choose another file or folder.</source>
      <translation>«%s» жазылмады: %s. Ештеңе өзгерген жоқ; басқа файл немесе бума таңдаңыз.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Экспорт сәтсіз аяқталды</translation>
    </message>
    <message>
      <source>File exists</source>
      <translation>Файл бар</translation>
    </message>
    <message>
      <source>Made by a newer Workbench</source>
      <translation>Workbench-тің жаңарақ нұсқасында жасалған</translation>
    </message>
    <message>
      <source>No sound backup</source>
      <translation>Бүтін сақтық көшірме жоқ</translation>
    </message>
    <message>
      <source>Not a Workbench project</source>
      <translation>Бұл Workbench жобасы емес</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Сақталмады</translation>
    </message>
    <message>
      <source>Not written</source>
      <translation>Жазылмады</translation>
    </message>
    <message>
      <source>Project damaged</source>
      <translation>Жоба зақымдалған</translation>
    </message>
    <message>
      <source>Project in use</source>
      <translation>Жоба пайдаланылуда</translation>
    </message>
    <message>
      <source>Project not found</source>
      <translation>Жоба табылмады</translation>
    </message>
    <message>
      <source>Project not opened</source>
      <translation>Жоба ашылмады</translation>
    </message>
    <message>
      <source>Text is needed here</source>
      <translation>Мұнда мәтін қажет</translation>
    </message>
    <message>
      <source>The %s “%s” cannot be read: %s. Nothing was changed.</source>
      <translation>%s «%s» оқылмайды: %s. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
      <source>The Word template “%s” cannot be used: %s. Nothing was written.</source>
      <translation>«%s» Word үлгісін пайдалану мүмкін емес: %s. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
      <source>The change could not be saved to “%s”: %s. Nothing was changed; free some space or check the folder, then try again.</source>
      <translation>Өзгерісті «%s» ішіне сақтау мүмкін болмады: %s. Ештеңе өзгерген жоқ; орын босатыңыз немесе буманы тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
      <source>The file cannot be merged (%s). Nothing was changed.</source>
      <translation>Файлды біріктіру мүмкін емес (%s). Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
      <source>The text has %1 characters; at most %2 fit here</source>
      <translation>Мәтінде %1 таңба бар; мұнда ең көбі %2 сыяды</translation>
    </message>
    <message>
      <source>There is no project at %s.</source>
      <translation>%s жолында жоба жоқ.</translation>
    </message>
    <message>
      <source>This kind of record has no such field</source>
      <translation>Бұл түрдегі жазбаларда мұндай өріс жоқ</translation>
    </message>
    <message>
      <source>Workbench</source>
      <translation>Workbench</translation>
    </message>
    <message>
      <source>Wrong passphrase</source>
      <translation>Құпия фраза қате</translation>
    </message>
    <message>
      <source>its folder does not exist</source>
      <translation>оның қалтасы жоқ</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>диск толы</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>диск тек оқуға арналған</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>файл тек оқуға арналған</translation>
    </message>
    <message>
      <source>the folder is read-only</source>
      <translation>қалта тек оқуға арналған</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2023-02-28</source>
      <translation>«%1» — күн емес: оны ЖЖЖЖ-АА-КК түрінде жазыңыз, мысалы 2023-02-28</translation>
    </message>
    <message>
      <source>“%s” (folder “%s”) cannot be opened for editing: %s. Nothing was changed. Copy it to a folder you can write to and open the copy.</source>
      <translation>«%s» («%s» қалтасы) өңдеу үшін ашылмайды: %s. Ештеңе өзгертілген жоқ. Оны жазуға болатын қалтаға көшіріп, көшірмесін ашыңыз.</translation>
    </message>
    <message>
      <source>“%s” (folder “%s”) cannot be written: %s. Nothing was changed; choose another place.</source>
      <translation>«%s» («%s» қалтасы) жазылмайды: %s. Ештеңе өзгертілген жоқ; басқа орын таңдаңыз.</translation>
    </message>
    <message>
      <source>“%s” cannot be merged: %s. Nothing was changed.</source>
      <translation>«%s» біріктіру мүмкін емес: %s. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
      <source>“%s” cannot be opened because it is damaged (%s). Restore it from a backup: File ▸ Restore from Backup…</source>
      <translation>«%s» зақымдалғандықтан ашылмайды (%s). Оны сақтық көшірмеден қалпына келтіріңіз: Файл ▸ Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
      <source>“%s” cannot be read on this read-only disk: its -wal file holds changes not yet saved into it. Nothing was changed. Copy the project with its -wal file to a folder you can write to and open the copy.</source>
      <translation>«%s» осы тек оқуға арналған дискіде оқылмайды: оның -wal файлында әлі сақталмаған өзгерістер бар. Ештеңе өзгертілген жоқ. Жобаны -wal файлымен бірге жазуға болатын қалтаға көшіріп, көшірмесін ашыңыз.</translation>
    </message>
    <message>
      <source>“%s” cannot be restored: no sound backup of it was found in %s. Nothing was changed.</source>
      <translation>«%s» қалпына келтіру мүмкін емес: %s ішінде оның бүтін сақтық көшірмесі табылмады. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
      <source>“%s” could not be opened: wrong passphrase, or the bundle was altered after it was made. Nothing was changed.</source>
      <translation>«%s» ашылмады: құпия фраза қате немесе топтама жасалғаннан кейін өзгертілген. Ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
      <source>“%s” is a symbolic link; Workbench does not write through links. Nothing was changed; choose the file itself, or another name.</source>
      <translation>«%s» — символдық сілтеме; Workbench сілтеме арқылы жазбайды. Ештеңе өзгертілген жоқ; файлдың өзін немесе басқа атауды таңдаңыз.</translation>
    </message>
    <message>
      <source>“%s” is not a Workbench project: %s. The file was not changed.</source>
      <translation>«%s» Workbench жобасы емес: %s. Файл өзгертілген жоқ.</translation>
    </message>
    <message>
      <source>“%s” is open in another Workbench (%s) since %s.

Close it there first, or open a copy.</source>
      <translation>«%s» басқа Workbench-те (%s) %s бастап ашық тұр.

Алдымен оны сол жерде жабыңыз немесе көшірмесін ашыңыз.</translation>
    </message>
    <message>
      <source>“%s” uses project version %d; this Workbench reads versions up to %d. The file was not changed. Open it with a newer Workbench.</source>
      <translation>«%s» жобаның %d нұсқасын пайдаланады; бұл Workbench %d нұсқасына дейін ғана оқиды. Файл өзгертілген жоқ. Оны Workbench-тің жаңарақ нұсқасымен ашыңыз.</translation>
    </message>
    <message>
      <source>“%s” was not opened: its lock file %s %s. Nothing was changed. Remove that file if no Workbench has the project open, then try again.</source>
      <translation>«%s» ашылмады: оның құлып файлы %s %s. Ештеңе өзгертілген жоқ. Егер жоба ешбір Workbench-те ашық болмаса, сол файлды жойып, қайталап көріңіз.</translation>
    </message>
    <message>
      <source>“%s”: %s. Nothing was changed.</source>
      <translation>«%s»: %s. Ештеңе өзгерген жоқ.</translation>
    </message>
  </context>
  <context>
    <name>NavigatorModel</name>
    <message>
      <source>Library</source>
      <translation>Кітапхана</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Жазбалар</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <source>Deleted text is still inside “%s”: the file could not be compacted (%s)</source>
      <translation>Жойылған мәтін әлі «%s» ішінде: файлды ықшамдау мүмкін болмады (%s)</translation>
    </message>
    <message>
      <source>No backup of “%s” was made on opening it: %s</source>
      <translation>«%s» ашылғанда сақтық көшірме жасалмады: %s</translation>
    </message>
    <message>
      <source>The damaged backup “%s” was passed over</source>
      <translation>Бүлінген «%s» сақтық көшірмесі өткізіп жіберілді</translation>
    </message>
    <message>
      <source>The folder “%s” could not be synced after saving (%s)</source>
      <translation>«%s» бумасын сақтағаннан кейін синхрондау мүмкін болмады (%s)</translation>
    </message>
    <message>
      <source>Your settings (“%s”) could not be read (%s); the defaults are used</source>
      <translation>Баптауларды оқу мүмкін болмады («%s»: %s); әдепкі мәндер қолданылады</translation>
    </message>
    <message>
      <source>Your settings could not be read (%s); the defaults are used</source>
      <translation>Баптауларды оқу мүмкін болмады (%s); әдепкі мәндер қолданылады</translation>
    </message>
  </context>
  <context>
    <name>OutlineModel</name>
    <message>
      <source>Rename section</source>
      <translation>Бөлімнің атын өзгерту</translation>
    </message>
    <message>
      <source>Reorder the outline</source>
      <translation>Құрылымның ретін өзгерту</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <source>%s character(s) Word cannot hold (%s) in “%s” will be dropped</source>
      <translation>Word сақтай алмайтын %s таңба (%s) «%s» ішінен алынып тасталады</translation>
    </message>
    <message>
      <source>%s of “%s” reads as %s, in a document in %s</source>
      <translation>%s («%s»): мәтін тілі — %s, ал құжат тілі — %s</translation>
    </message>
    <message>
      <source>%s review note(s) on “%s” not resolved</source>
      <translation>Шешілмеген рецензент ескертпелері (%s): «%s»</translation>
    </message>
    <message>
      <source>Citation [@%s] in “%s” matches no source</source>
      <translation>[@%s] сілтемесі («%s») ешбір дереккөзге сәйкес келмейді</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Қате</translation>
    </message>
    <message>
      <source>No proposed wording for %s</source>
      <translation>%s үшін ұсынылған редакция жоқ</translation>
    </message>
    <message>
      <source>Not translated into %s: %s</source>
      <translation>Аударылмаған (%s): %s</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Ескертпе</translation>
    </message>
    <message>
      <source>Section “%s” holds no recommendation</source>
      <translation>«%s» бөлімінде бірде-бір ұсыныс жоқ</translation>
    </message>
    <message>
      <source>The evidence “%s” cites no source, so its footnote will be missing</source>
      <translation>«%s» дәлелі ешбір дереккөзге сілтеме жасамайды, сондықтан ескертпе болмайды</translation>
    </message>
    <message>
      <source>The recommendation “%s” relies on no evidence</source>
      <translation>«%s» ұсынымы ешбір дәлелге сүйенбейді</translation>
    </message>
    <message>
      <source>The source “%s” has no URL</source>
      <translation>«%s» дереккөзінің URL мекенжайы жоқ</translation>
    </message>
    <message>
      <source>The source “%s” has no date</source>
      <translation>«%s» дереккөзінің күні жоқ</translation>
    </message>
    <message>
      <source>This evidence (%s) will be in the exported document</source>
      <translation>Бұл дәлел (%s) экспортталатын құжатқа енеді</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Ескерту</translation>
    </message>
  </context>
  <context>
    <name>PreflightList</name>
    <message>
      <source>Problem</source>
      <translation>Мәселе</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Жазба</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Ауырлығы</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>%s · changed %s by %s</source>
      <translation>%s · %s өзгертілді, авторы: %s</translation>
    </message>
    <message>
      <source>Choose a record from the list, or create one.</source>
      <translation>Тізімнен жазбаны таңдаңыз немесе жаңасын жасаңыз.</translation>
    </message>
    <message>
      <source>Cited by</source>
      <translation>Сілтеме жасайтындар</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Байланыстар</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
      <source>Choose a backup of “%s” to put in its place. The current file is kept beside it (renamed “%s.replaced-…”), never deleted.</source>
      <translation>«%s» орнына қоятын сақтық көшірмені таңдаңыз. Қазіргі файл қасында сақталады («%s.replaced-…» болып қайта аталады), ешқашан жойылмайды.</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Жасалған</translation>
    </message>
    <message>
      <source>No backups</source>
      <translation>Сақтық көшірмелер жоқ</translation>
    </message>
    <message>
      <source>Project restored</source>
      <translation>Жоба қалпына келтірілді</translation>
    </message>
    <message>
      <source>Restore from Backup</source>
      <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Өлшемі</translation>
    </message>
    <message>
      <source>There are no backups of “%s” in %s.</source>
      <translation>«%s» сақтық көшірмелері %s ішінде жоқ.</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Себебі</translation>
    </message>
    <message>
      <source>before a merge</source>
      <translation>біріктіру алдында</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>импорт алдында</translation>
    </message>
    <message>
      <source>before an upgrade</source>
      <translation>жаңарту алдында</translation>
    </message>
    <message>
      <source>daily, on opening</source>
      <translation>күн сайын, ашқанда</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>қолмен жасалған</translation>
    </message>
    <message>
      <source>“%s” is damaged (%s) and cannot be opened. Choose a backup to put in its place; the newest sound one is selected. The damaged file is kept beside it (renamed “%s.damaged-…”), never deleted.</source>
      <translation>«%s» зақымдалған (%s) және ашылмайды. Орнына қоятын сақтық көшірмені таңдаңыз; ең жаңа бүтін көшірме таңдалған. Зақымдалған файл қасында сақталады («%s.damaged-…» болып қайта аталады), ешқашан жойылмайды.</translation>
    </message>
    <message>
      <source>“%s” was restored from the backup %s. The file it replaced is kept as “%s”.</source>
      <translation>«%s» %s сақтық көшірмесінен қалпына келтірілді. Ауыстырылған файл «%s» болып сақталды.</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source> — conflict: changed since the export</source>
      <translation> — қайшылық: экспорттан кейін өзгерген</translation>
    </message>
    <message>
      <source> — kept as a note</source>
      <translation> — ескертпе ретінде сақталды</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Қабылдау</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Құжат:</translation>
    </message>
    <message>
      <source>&amp;Read</source>
      <translation>&amp;Оқу</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(аты жоқ)</translation>
    </message>
    <message>
      <source>Accept A&amp;ll From</source>
      <translation>&amp;Барлығын қабылдау:</translation>
    </message>
    <message>
      <source>Accepted into %s text(s); Edit ▸ Undo (Ctrl+Z) takes them back.</source>
      <translation>Мәтіндерге қабылданды: %s; Түзету ▸ Болдырмау (Ctrl+Z) оларды қайтарады.</translation>
    </message>
    <message>
      <source>As exported:</source>
      <translation>Экспортталғандай:</translation>
    </message>
    <message>
      <source>As the reviewer left it:</source>
      <translation>Рецензент қалдырғандай:</translation>
    </message>
    <message>
      <source>Bring in a reviewed document</source>
      <translation>Рецензияланған құжатты енгізу</translation>
    </message>
    <message>
      <source>Changed in your records since the export (shown, not applied): %s.</source>
      <translation>Экспорттан кейін жазбаларыңызда өзгерген (көрсетілді, қолданылмады): %s.</translation>
    </message>
    <message>
      <source>Choose a copy of an export that a reviewer edited and sent back: nothing is changed in your records.</source>
      <translation>Рецензент өңдеп қайтарған экспорт көшірмесін таңдаңыз: жазбаларыңызда ештеңе өзгермейді.</translation>
    </message>
    <message>
      <source>Choose the reviewed document to read.</source>
      <translation>Оқу үшін рецензияланған құжатты таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <source>Comments kept as review notes: %s. The records' editors show them, to resolve there.</source>
      <translation>Пікірлер рецензент ескертпелері ретінде сақталды: %s. Олар жазба редакторында көрсетіледі, сонда шешілді деп белгілеуге болады.</translation>
    </message>
    <message>
      <source>Comments outside any record's text</source>
      <translation>Жазба мәтінінен тыс пікірлер</translation>
    </message>
    <message>
      <source>Keep Comments as &amp;Notes</source>
      <translation>Пікірлерді &amp;ескертпе ретінде сақтау</translation>
    </message>
    <message>
      <source>Keep every comment on the record it is about, to resolve there</source>
      <translation>Әр пікірді өзі қатысты жазбада сақтау, сонда шешу үшін</translation>
    </message>
    <message>
      <source>Keeping the comments as review notes…</source>
      <translation>Пікірлер ескертпе ретінде сақталуда…</translation>
    </message>
    <message>
      <source>Not written, changed in your records since the export: %s.</source>
      <translation>Жазылмады, экспорттан кейін жазбаларыңызда өзгерген: %s.</translation>
    </message>
    <message>
      <source>Not written, their formatting or citations could not be kept: %s (apply them by hand; the reviewer's text is shown below).</source>
      <translation>Жазылмады, пішімі немесе сілтемелері сақталмас еді: %s (қолмен енгізіңіз; рецензенттің мәтіні төменде көрсетілген).</translation>
    </message>
    <message>
      <source>Re&amp;ject</source>
      <translation>&amp;Қабылдамау</translation>
    </message>
    <message>
      <source>Reading %s…</source>
      <translation>%s оқылуда…</translation>
    </message>
    <message>
      <source>Select the changes to accept or reject first.</source>
      <translation>Алдымен қабылдайтын не қабылдамайтын түзетулерді таңдаңыз.</translation>
    </message>
    <message>
      <source>Take the selected changes into the records</source>
      <translation>Таңдалған түзетулерді жазбаларға енгізу</translation>
    </message>
    <message>
      <source>Taking the changes into the records…</source>
      <translation>Түзетулер жазбаларға енгізілуде…</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Мәтін</translation>
    </message>
    <message>
      <source>Texts the copy no longer has</source>
      <translation>Көшірмеде енді жоқ мәтіндер</translation>
    </message>
    <message>
      <source>Texts with changes or comments: %s.</source>
      <translation>Түзетулері немесе пікірлері бар мәтіндер: %s.</translation>
    </message>
    <message>
      <source>The changes could not be taken in: %s. Nothing was changed.</source>
      <translation>Түзетулерді енгізу мүмкін болмады: %s. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
      <source>The document could not be read: %s. Nothing was changed.</source>
      <translation>Құжатты оқу мүмкін болмады: %s. Ештеңе өзгертілмеді.</translation>
    </message>
    <message>
      <source>The reviewer changed nothing and left no comments.</source>
      <translation>Рецензент ештеңе өзгертпеді және пікір қалдырмады.</translation>
    </message>
    <message>
      <source>What the reviewer did</source>
      <translation>Рецензент не істеді</translation>
    </message>
    <message>
      <source>Which reviewed document?</source>
      <translation>Қай рецензияланған құжат?</translation>
    </message>
    <message>
      <source>Word documents (*.docx);;All files (*)</source>
      <translation>Word құжаттары (*.docx);;Барлық файлдар (*)</translation>
    </message>
    <message>
      <source>changed with tracking off</source>
      <translation>түзетулерді жазусыз өзгертілген</translation>
    </message>
    <message>
      <source>comment: %s, %s</source>
      <translation>пікір: %s, %s</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>жойылды</translation>
    </message>
    <message>
      <source>deleted with its paragraph</source>
      <translation>азат жолымен бірге жойылған</translation>
    </message>
    <message>
      <source>inserted</source>
      <translation>қосылды</translation>
    </message>
    <message>
      <source>introduction</source>
      <translation>кіріспе</translation>
    </message>
    <message>
      <source>proposed wording %s</source>
      <translation>ұсынылған редакция %s</translation>
    </message>
    <message>
      <source>rationale</source>
      <translation>негіздеме</translation>
    </message>
    <message>
      <source>replaced</source>
      <translation>ауыстырылды</translation>
    </message>
    <message>
      <source>section introduction</source>
      <translation>бөлімге кіріспе</translation>
    </message>
    <message>
      <source>someone</source>
      <translation>біреу</translation>
    </message>
    <message>
      <source>summary</source>
      <translation>түйіндеме</translation>
    </message>
    <message>
      <source>text</source>
      <translation>мәтін</translation>
    </message>
    <message>
      <source>title</source>
      <translation>тақырып</translation>
    </message>
  </context>
  <context>
    <name>ReviewNotesBox</name>
    <message>
      <source>%s, on %s</source>
      <translation>%s, «%s» өрісіне</translation>
    </message>
    <message>
      <source>%s, on the document</source>
      <translation>%s, құжаттың өзіне</translation>
    </message>
    <message>
      <source>A reviewer</source>
      <translation>Рецензент</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Қайта ашу</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Шешілді деп белгілеу</translation>
    </message>
    <message>
      <source>Review notes (%s open of %s)</source>
      <translation>Рецензент ескертпелері (%s/%s ашық)</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>шешілді</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <source>Critiques answered</source>
      <translation>Жауап берілген сындар</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Дәлелдер</translation>
    </message>
    <message>
      <source>In its outline</source>
      <translation>Өтініш құрылымында</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Құқықтық акт</translation>
    </message>
    <message>
      <source>Proposes wording for it</source>
      <translation>Оған редакция ұсынады</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Нормалар</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Дереккөз</translation>
    </message>
    <message>
      <source>Source of the wording</source>
      <translation>Тұжырымның дереккөзі</translation>
    </message>
    <message>
      <source>Standards invoked</source>
      <translation>Сілтеме жасалған стандарттар</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Белгілер</translation>
    </message>
  </context>
  <context>
    <name>Runner</name>
    <message>
      <source>An unexpected error stopped the work (%s). The log file has the details.</source>
      <translation>Жұмысты күтпеген қате тоқтатты (%s). Толығырақ журнал файлында.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Бірдеңе дұрыс болмады</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>%d records tagged “%s”</source>
      <translation>Жазбалар: %d, «%s» тегімен</translation>
    </message>
    <message>
      <source>%d results for “%s”</source>
      <translation>%d нәтиже: «%s»</translation>
    </message>
    <message>
      <source>Nothing found for “%s”</source>
      <translation>«%s» бойынша ештеңе табылмады</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <source>Found in</source>
      <translation>Табылған жері</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Түрі</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Атауы</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Interface language:</source>
      <translation>Интерфейс тілі:</translation>
    </message>
    <message>
      <source>New documents are written in:</source>
      <translation>Жаңа құжаттардың тілі:</translation>
    </message>
    <message>
      <source>Same as the system (%s)</source>
      <translation>Жүйедегідей (%s)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Баптаулар</translation>
    </message>
    <message>
      <source>The interface language changes as soon as you press OK.</source>
      <translation>Интерфейс тілі OK батырмасын басқан бойда ауысады.</translation>
    </message>
    <message>
      <source>Your name (recorded on every change):</source>
      <translation>Сіздің атыңыз (әр өзгерісте жазылады):</translation>
    </message>
  </context>
  <context>
    <name>ShareDialog</name>
    <message>
      <source>Bundle:</source>
      <translation>Топтама:</translation>
    </message>
    <message>
      <source>Choose where to write the bundle.</source>
      <translation>Топтаманы қайда жазу керегін таңдаңыз.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Таңдау…</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>Құпия фразамен шифрлау</translation>
    </message>
    <message>
      <source>Enter a passphrase, or untick encryption.</source>
      <translation>Құпия фразаны енгізіңіз немесе шифрлау белгісін алып тастаңыз.</translation>
    </message>
    <message>
      <source>Include confidential evidence and sources</source>
      <translation>Құпия дәлелдер мен дереккөздерді қосу</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Құпия фраза:</translation>
    </message>
    <message>
      <source>Repeat it:</source>
      <translation>Қайталаңыз:</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Бөлісу</translation>
    </message>
    <message>
      <source>Share as</source>
      <translation>Топтаманы сақтау</translation>
    </message>
    <message>
      <source>Share with a colleague</source>
      <translation>Әріптеспен бөлісу</translation>
    </message>
    <message>
      <source>Sharing failed: %s. Nothing was written.</source>
      <translation>Бөлісу сәтсіз аяқталды: %s. Ештеңе жазылған жоқ.</translation>
    </message>
    <message>
      <source>Tell your colleague the passphrase another way (in person, by phone), never in the same message as the file.</source>
      <translation>Құпия фразаны әріптесіңізге басқа жолмен айтыңыз (жеке, телефон арқылы), ешқашан файлмен бір хабарламада жібермеңіз.</translation>
    </message>
    <message>
      <source>The two passphrases differ; type them again.</source>
      <translation>Екі фраза сәйкес емес; оларды қайта теріңіз.</translation>
    </message>
    <message>
      <source>Workbench share bundles (*.wbshare)</source>
      <translation>Workbench топтамалары (*.wbshare)</translation>
    </message>
    <message>
      <source>Writing %s…</source>
      <translation>%s жазылуда…</translation>
    </message>
    <message>
      <source>Wrote a bundle of %d records to %s.</source>
      <translation>%d жазбадан тұратын топтама %s ішіне жазылды.</translation>
    </message>
    <message>
      <source>Wrote an encrypted bundle of %d records to %s.</source>
      <translation>%d жазбадан тұратын шифрланған топтама %s ішіне жазылды.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>Әрекет</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>Іздеуді тазарту</translation>
    </message>
    <message>
      <source>Close the list of citation keys</source>
      <translation>Дәйексөз кілттерінің тізімін жабу</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>Барлық жерде</translation>
    </message>
    <message>
      <source>Highlight the next result</source>
      <translation>Келесі нәтижені белгілеу</translation>
    </message>
    <message>
      <source>Highlight the previous result</source>
      <translation>Алдыңғы нәтижені белгілеу</translation>
    </message>
    <message>
      <source>Keyboard Shortcuts</source>
      <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Пернелер</translation>
    </message>
    <message>
      <source>Links and outline</source>
      <translation>Сілтемелер мен құрылым</translation>
    </message>
    <message>
      <source>Move the highlighted entry down</source>
      <translation>Белгіленген жазбаны төмен жылжыту</translation>
    </message>
    <message>
      <source>Move the highlighted entry up</source>
      <translation>Белгіленген жазбаны жоғары жылжыту</translation>
    </message>
    <message>
      <source>Open the highlighted recommendation</source>
      <translation>Белгіленген ұсынымды ашу</translation>
    </message>
    <message>
      <source>Open the highlighted result</source>
      <translation>Белгіленген нәтижені ашу</translation>
    </message>
    <message>
      <source>Open the link under the pointer</source>
      <translation>Меңзер астындағы сілтемені ашу</translation>
    </message>
    <message>
      <source>Rename the highlighted section</source>
      <translation>Белгіленген бөлімнің атын өзгерту</translation>
    </message>
    <message>
      <source>Search box</source>
      <translation>Іздеу жолы</translation>
    </message>
    <message>
      <source>Take the highlighted entry out of the outline</source>
      <translation>Белгіленген жазбаны құрылымнан алып тастау</translation>
    </message>
    <message>
      <source>Texts</source>
      <translation>Мәтіндер</translation>
    </message>
  </context>
  <context>
    <name>StatusPanel</name>
    <message>
      <source>By</source>
      <translation>Авторы</translation>
    </message>
    <message>
      <source>Note or response</source>
      <translation>Ескертпе немесе жауап</translation>
    </message>
    <message>
      <source>Note, or the authority's response</source>
      <translation>Ескертпе немесе уәкілетті органның жауабы</translation>
    </message>
    <message>
      <source>Record status</source>
      <translation>Мәртебені тіркеу</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Мәртебесі</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Қашан</translation>
    </message>
  </context>
  <context>
    <name>SubmissionBuilder</name>
    <message>
      <source>Add recommendation</source>
      <translation>Ұсыныс қосу</translation>
    </message>
    <message>
      <source>Add recommendation…</source>
      <translation>Ұсыныс қосу…</translation>
    </message>
    <message>
      <source>Add section</source>
      <translation>Бөлім қосу</translation>
    </message>
    <message>
      <source>Add section…</source>
      <translation>Бөлім қосу…</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Төмен</translation>
    </message>
    <message>
      <source>Edit section introduction</source>
      <translation>Бөлім кіріспесін өзгерту</translation>
    </message>
    <message>
      <source>Introduction of the highlighted section</source>
      <translation>Белгіленген бөлімнің кіріспесі</translation>
    </message>
    <message>
      <source>Introduction of “%s”</source>
      <translation>«%s» кіріспесі</translation>
    </message>
    <message>
      <source>Move recommendation</source>
      <translation>Ұсынысты жылжыту</translation>
    </message>
    <message>
      <source>Move section</source>
      <translation>Бөлімді жылжыту</translation>
    </message>
    <message>
      <source>Outline</source>
      <translation>Құрылым</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Ұсыныстар</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
    <message>
      <source>Remove section</source>
      <translation>Бөлімді жою</translation>
    </message>
    <message>
      <source>Take recommendation out of section</source>
      <translation>Ұсынысты бөлімнен алып тастау</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Атауы:</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Жоғары</translation>
    </message>
  </context>
  <context>
    <name>TranslationsField</name>
    <message>
      <source>%1: %2 of %3 texts translated (%4%)</source>
      <translation>%1: %3 мәтіннің %2 аударылды (%4%)</translation>
    </message>
    <message>
      <source>As written</source>
      <translation>Жазылғандай</translation>
    </message>
    <message>
      <source>Current or draft wording</source>
      <translation>Қолданыстағы немесе жобалық редакция</translation>
    </message>
    <message>
      <source>Give the editor the window's width while translating</source>
      <translation>Аударма кезінде редакторға терезенің бүкіл енін беру</translation>
    </message>
    <message>
      <source>Introduction of “%s”</source>
      <translation>«%s» кіріспесі</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Негіздеме</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Ұсынылған тұжырым</translation>
    </message>
    <message>
      <source>Section “%s”</source>
      <translation>«%s» бөлімі</translation>
    </message>
    <message>
      <source>Wide view</source>
      <translation>Кең көрініс</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Accept changes from “%s”</source>
      <translation>«%s» түзетулерін қабылдау</translation>
    </message>
    <message>
      <source>Accepting the changes from “%s” again…</source>
      <translation>«%s» түзетулері қайта қабылдануда…</translation>
    </message>
    <message>
      <source>Add proposed wording to “%s”</source>
      <translation>«%s» үшін ұсынылған тұжырым қосу</translation>
    </message>
    <message>
      <source>Change %s of “%s”</source>
      <translation>Өзгерту: %s, «%s»</translation>
    </message>
    <message>
      <source>Delete “%s”</source>
      <translation>«%s» жою</translation>
    </message>
    <message>
      <source>Edit %s of “%s”</source>
      <translation>Түзету: %s, «%s»</translation>
    </message>
    <message>
      <source>Edit proposed wording of “%s”</source>
      <translation>«%s» ұсынылған тұжырымын түзету</translation>
    </message>
    <message>
      <source>Import “%s”</source>
      <translation>«%s» импорты</translation>
    </message>
    <message>
      <source>Importing “%s” again…</source>
      <translation>«%s» қайта импортталуда…</translation>
    </message>
    <message>
      <source>Keep comments from “%s” as notes</source>
      <translation>«%s» пікірлерін ескертпе ретінде сақтау</translation>
    </message>
    <message>
      <source>Keeping the comments from “%s” again…</source>
      <translation>«%s» пікірлері қайта сақталуда…</translation>
    </message>
    <message>
      <source>Link to “%s”</source>
      <translation>«%s» жазбасымен байланыстыру</translation>
    </message>
    <message>
      <source>Merge from “%s”</source>
      <translation>«%s» біріктіру</translation>
    </message>
    <message>
      <source>Merging again from “%s”…</source>
      <translation>«%s» қайта біріктіру…</translation>
    </message>
    <message>
      <source>New %s</source>
      <translation>Жаңа: %s</translation>
    </message>
    <message>
      <source>Remove proposed wording from “%s”</source>
      <translation>«%s» ұсынылған тұжырымын жою</translation>
    </message>
    <message>
      <source>Reopen review note</source>
      <translation>Рецензент ескертпесін қайта ашу</translation>
    </message>
    <message>
      <source>Resolve review note</source>
      <translation>Рецензент ескертпесін шешілді деп белгілеу</translation>
    </message>
    <message>
      <source>Status of “%s”: %s</source>
      <translation>«%s» мәртебесі: %s</translation>
    </message>
    <message>
      <source>Taking back the changes accepted from “%s”…</source>
      <translation>«%s» ішінен қабылданған түзетулер қайтарылуда…</translation>
    </message>
    <message>
      <source>Taking back the import of “%s”…</source>
      <translation>«%s» импорты кері қайтарылуда…</translation>
    </message>
    <message>
      <source>Taking back the merge from “%s”…</source>
      <translation>«%s» біріктіруін болдырмау…</translation>
    </message>
    <message>
      <source>Taking back the notes kept from “%s”…</source>
      <translation>«%s» ішінен сақталған ескертпелер қайтарылуда…</translation>
    </message>
    <message>
      <source>Unlink from “%s”</source>
      <translation>«%s» байланысын үзу</translation>
    </message>
  </context>
  <context>
    <name>UrlField</name>
    <message>
      <source>Only web addresses (http, https) are opened.</source>
      <translation>Тек веб-мекенжайлар (http, https) ашылады.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ашу</translation>
    </message>
    <message>
      <source>Open in the browser (http and https only)</source>
      <translation>Браузерде ашу (тек http және https)</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>yes</source>
      <translation>иә</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>accepted</source>
      <translation>қабылданды</translation>
    </message>
    <message>
      <source>adopt</source>
      <translation>қабылдау</translation>
    </message>
    <message>
      <source>always full</source>
      <translation>әрдайым толық</translation>
    </message>
    <message>
      <source>amend</source>
      <translation>өзгерту</translation>
    </message>
    <message>
      <source>article</source>
      <translation>мақала</translation>
    </message>
    <message>
      <source>book</source>
      <translation>кітап</translation>
    </message>
    <message>
      <source>bylaw</source>
      <translation>заңға тәуелді акт</translation>
    </message>
    <message>
      <source>case</source>
      <translation>іс</translation>
    </message>
    <message>
      <source>chilling effect</source>
      <translation>тежеуші әсер</translation>
    </message>
    <message>
      <source>code</source>
      <translation>кодекс</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>құпия</translation>
    </message>
    <message>
      <source>constitution</source>
      <translation>конституция</translation>
    </message>
    <message>
      <source>court decision</source>
      <translation>сот шешімі</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>сыни</translation>
    </message>
    <message>
      <source>day</source>
      <translation>күн</translation>
    </message>
    <message>
      <source>discrimination</source>
      <translation>кемсітушілік</translation>
    </message>
    <message>
      <source>disproportionate sanction</source>
      <translation>пропорционалды емес санкция</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>жоба</translation>
    </message>
    <message>
      <source>draft law</source>
      <translation>заң жобасы</translation>
    </message>
    <message>
      <source>expert statement</source>
      <translation>сарапшы пікірі</translation>
    </message>
    <message>
      <source>extrajudicial power</source>
      <translation>соттан тыс өкілеттік</translation>
    </message>
    <message>
      <source>final</source>
      <translation>түпкілікті</translation>
    </message>
    <message>
      <source>full then short</source>
      <translation>алдымен толық, сосын қысқа</translation>
    </message>
    <message>
      <source>high</source>
      <translation>жоғары</translation>
    </message>
    <message>
      <source>implement</source>
      <translation>орындау</translation>
    </message>
    <message>
      <source>implemented</source>
      <translation>орындалды</translation>
    </message>
    <message>
      <source>in force</source>
      <translation>күшінде</translation>
    </message>
    <message>
      <source>in review</source>
      <translation>қаралуда</translation>
    </message>
    <message>
      <source>inconsistency</source>
      <translation>қайшылық</translation>
    </message>
    <message>
      <source>internal</source>
      <translation>ішкі пайдалану үшін</translation>
    </message>
    <message>
      <source>international standard</source>
      <translation>халықаралық стандарт</translation>
    </message>
    <message>
      <source>international standard conflict</source>
      <translation>халықаралық стандартқа қайшылық</translation>
    </message>
    <message>
      <source>international treaty</source>
      <translation>халықаралық шарт</translation>
    </message>
    <message>
      <source>law</source>
      <translation>заң</translation>
    </message>
    <message>
      <source>legal act</source>
      <translation>құқықтық акт</translation>
    </message>
    <message>
      <source>low</source>
      <translation>төмен</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>орташа</translation>
    </message>
    <message>
      <source>monitoring</source>
      <translation>мониторинг</translation>
    </message>
    <message>
      <source>month</source>
      <translation>ай</translation>
    </message>
    <message>
      <source>none</source>
      <translation>жоқ</translation>
    </message>
    <message>
      <source>not in force</source>
      <translation>күшінде емес</translation>
    </message>
    <message>
      <source>official</source>
      <translation>ресми</translation>
    </message>
    <message>
      <source>open</source>
      <translation>ашық</translation>
    </message>
    <message>
      <source>other</source>
      <translation>басқа</translation>
    </message>
    <message>
      <source>partly accepted</source>
      <translation>ішінара қабылданды</translation>
    </message>
    <message>
      <source>policy</source>
      <translation>саясат</translation>
    </message>
    <message>
      <source>privacy</source>
      <translation>жеке өмірге қол сұқпаушылық</translation>
    </message>
    <message>
      <source>procedural</source>
      <translation>рәсімдік мәселе</translation>
    </message>
    <message>
      <source>proposed</source>
      <translation>ұсынылған</translation>
    </message>
    <message>
      <source>public</source>
      <translation>ашық</translation>
    </message>
    <message>
      <source>ranking</source>
      <translation>рейтинг</translation>
    </message>
    <message>
      <source>reconsider</source>
      <translation>қайта қарау</translation>
    </message>
    <message>
      <source>refrain</source>
      <translation>қабылдаудан бас тарту</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>қабылданбады</translation>
    </message>
    <message>
      <source>repeal</source>
      <translation>күшін жою</translation>
    </message>
    <message>
      <source>repealed</source>
      <translation>күшін жойған</translation>
    </message>
    <message>
      <source>report</source>
      <translation>баяндама</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>шешілді</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>стандарт</translation>
    </message>
    <message>
      <source>statistic</source>
      <translation>статистика</translation>
    </message>
    <message>
      <source>submitted</source>
      <translation>жолданды</translation>
    </message>
    <message>
      <source>survey</source>
      <translation>сауалнама</translation>
    </message>
    <message>
      <source>unofficial</source>
      <translation>ресми емес</translation>
    </message>
    <message>
      <source>vagueness</source>
      <translation>анық еместік</translation>
    </message>
    <message>
      <source>web page</source>
      <translation>веб-бет</translation>
    </message>
    <message>
      <source>year</source>
      <translation>жыл</translation>
    </message>
  </context>
  <context>
    <name>WordingEditor</name>
    <message>
      <source>An instruction, not new wording</source>
      <translation>Нұсқау, жаңа редакция емес</translation>
    </message>
    <message>
      <source>Current or draft wording</source>
      <translation>Қолданыстағы немесе жобалық редакция</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Негіздеме</translation>
    </message>
    <message>
      <source>No proposed wording yet.</source>
      <translation>Ұсынылған тұжырым әзірге жоқ.</translation>
    </message>
    <message>
      <source>Propose wording</source>
      <translation>Тұжырым ұсыну</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Ұсынылған тұжырым</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Алып тастау</translation>
    </message>
    <message>
      <source>Remove this proposed wording</source>
      <translation>Осы ұсынылған тұжырымды жою</translation>
    </message>
    <message>
      <source>The current wording in other languages is your own translation, not the statute's official text: the document marks it * and says so under the table</source>
      <translation>Қолданыстағы редакцияның басқа тілдердегі мәтіні — заңның ресми мәтіні емес, өз аудармаңыз: құжат оны * белгісімен белгілеп, кестенің астында көрсетеді</translation>
    </message>
    <message>
      <source>Translations unofficial</source>
      <translation>Аудармалар ресми емес</translation>
    </message>
    <message>
      <source>Written in square brackets, e.g. [Delete the grounds …]: shown in italics, with no changes marked against the current wording</source>
      <translation>Шаршы жақшада жазылады, мысалы [Негіздерді алып тастау …]: курсивпен көрсетіледі, қолданыстағы редакциямен салыстырғандағы өзгерістер белгіленбейді</translation>
    </message>
  </context>
  <context>
    <name>WordingsPanel</name>
    <message>
      <source>%s (no longer targeted)</source>
      <translation>%s (енді қамтылмайды)</translation>
    </message>
    <message>
      <source>Link the provisions this recommendation targets.</source>
      <translation>Осы ұсыныс қатысты нормаларды байланыстырыңыз.</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Ұсынылған тұжырым</translation>
    </message>
  </context>
</TS>
