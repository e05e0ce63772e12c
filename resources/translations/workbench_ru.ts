<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>ConflictListModel</name>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Your choice</source>
      <translation>Ваш выбор</translation>
    </message>
  </context>
  <context>
    <name>ConflictPanel</name>
    <message>
      <source>Both</source>
      <translation>Оба</translation>
    </message>
    <message>
      <source>Bring back their edited version</source>
      <translation>Вернуть их исправленную версию</translation>
    </message>
    <message>
      <source>Choose field by field</source>
      <translation>Выбрать по каждому полю</translation>
    </message>
    <message>
      <source>Delete it, as they did</source>
      <translation>Удалить, как сделал коллега</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Keep</source>
      <translation>Оставить</translation>
    </message>
    <message>
      <source>Keep both (theirs as a separate copy)</source>
      <translation>Оставить обе (их версию — отдельной копией)</translation>
    </message>
    <message>
      <source>Keep it deleted</source>
      <translation>Оставить удалённой</translation>
    </message>
    <message>
      <source>Keep my edited version</source>
      <translation>Оставить мою исправленную версию</translation>
    </message>
    <message>
      <source>Keep my version</source>
      <translation>Оставить мою версию</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>Объединено</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Моё</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Нет</translation>
    </message>
    <message>
      <source>Take their version</source>
      <translation>Взять их версию</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Их</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>You and your colleague both edited this record.</source>
      <translation>Эту запись изменили и вы, и ваш коллега.</translation>
    </message>
    <message>
      <source>You and your colleague both edited this record. What only one of you changed was merged; choose for the fields you both changed.</source>
      <translation>Вы и ваш коллега оба изменили эту запись. То, что изменил только один из вас, объединено; выберите значения для полей, которые изменили оба.</translation>
    </message>
    <message>
      <source>You and your colleague edited different parts of this record: they were merged with no question. You can still change any field below.</source>
      <translation>Вы и ваш коллега изменили разные части этой записи: они объединены без вопросов. Любое поле ниже можно изменить.</translation>
    </message>
    <message>
      <source>You deleted this record; your colleague edited it.</source>
      <translation>Вы удалили эту запись, а коллега её изменил.</translation>
    </message>
    <message>
      <source>You edited this record; your colleague deleted it.</source>
      <translation>Вы изменили эту запись, а коллега её удалил.</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>YYYY-MM-DD</source>
      <translation>ГГГГ-ММ-ДД</translation>
    </message>
  </context>
  <context>
    <name>DocumentPanel</name>
    <message>
      <source>Both languages in two columns, as exported</source>
      <translation>Оба языка в две колонки, как при экспорте</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <source>Open a submission to see its document here.</source>
      <translation>Откройте обращение, чтобы увидеть здесь его документ.</translation>
    </message>
    <message>
      <source>Preflight</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <source>Preflight (%d)</source>
      <translation>Проверка (%d)</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Просмотр</translation>
    </message>
    <message>
      <source>Side by side</source>
      <translation>Параллельно</translation>
    </message>
    <message>
      <source>The document could not be read (%s). The log file has the details.</source>
      <translation>Не удалось прочитать документ (%s). Подробности в файле журнала.</translation>
    </message>
    <message>
      <source>“%s”: %d to fix, %d notes</source>
      <translation>«%s»: исправить — %d, замечаний — %d</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>%s notes below.</source>
      <translation>Замечаний ниже: %s.</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Добавлено</translation>
    </message>
    <message>
      <source>Changed since the last export:</source>
      <translation>Изменения после последнего экспорта:</translation>
    </message>
    <message>
      <source>Choose a file to export to.</source>
      <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Comparing with the last export…</source>
      <translation>Сравнение с последним экспортом…</translation>
    </message>
    <message>
      <source>Edited</source>
      <translation>Изменено</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Экспортировать в</translation>
    </message>
    <message>
      <source>Export “%s”</source>
      <translation>Экспорт «%s»</translation>
    </message>
    <message>
      <source>Exported %d recommendations with %d footnotes to %s.</source>
      <translation>Экспортировано рекомендаций: %d, сносок: %d, в %s.</translation>
    </message>
    <message>
      <source>Exporting to %s…</source>
      <translation>Экспорт в %s…</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Файл:</translation>
    </message>
    <message>
      <source>Include confidential material</source>
      <translation>Включить конфиденциальные материалы</translation>
    </message>
    <message>
      <source>Last exported %s.</source>
      <translation>Последний экспорт: %s.</translation>
    </message>
    <message>
      <source>Moved</source>
      <translation>Перемещено</translation>
    </message>
    <message>
      <source>Never exported before: every recommendation is new.</source>
      <translation>Ещё не экспортировалось: все рекомендации новые.</translation>
    </message>
    <message>
      <source>No recommendation changed since.</source>
      <translation>С тех пор ни одна рекомендация не изменилась.</translation>
    </message>
    <message>
      <source>Notes on the export:</source>
      <translation>Замечания к экспорту:</translation>
    </message>
    <message>
      <source>Open the file when done</source>
      <translation>Открыть файл по завершении</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation>Удалено</translation>
    </message>
    <message>
      <source>The bundled template</source>
      <translation>Встроенный шаблон</translation>
    </message>
    <message>
      <source>The comparison with the last export failed (%s).</source>
      <translation>Не удалось сравнить с последним экспортом (%s).</translation>
    </message>
    <message>
      <source>The export failed: %s. Nothing was changed.</source>
      <translation>Экспорт не удался: %s. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
      <source>Word documents and templates (*.docx *.dotx)</source>
      <translation>Документы и шаблоны Word (*.docx *.dotx)</translation>
    </message>
    <message>
      <source>Word template</source>
      <translation>Шаблон Word</translation>
    </message>
    <message>
      <source>Word template:</source>
      <translation>Шаблон Word:</translation>
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
      <translation>%s: удалены символы, которые Word не может сохранить (%s).</translation>
    </message>
    <message>
      <source>ActiveX controls</source>
      <translation>элементы ActiveX</translation>
    </message>
    <message>
      <source>Citation key “@%s” matches no source (%s times); it was left as text.</source>
      <translation>Ключ ссылки «@%s» не соответствует ни одному источнику (раз: %s); он оставлен как текст.</translation>
    </message>
    <message>
      <source>Left out %s “%s” (%s).</source>
      <translation>Не включено в документ: %s «%s» (%s).</translation>
    </message>
    <message>
      <source>Left out %s “%s”: its source is not public.</source>
      <translation>Не включено в документ: %s «%s» — источник не публичный.</translation>
    </message>
    <message>
      <source>Left out of the template: %s.</source>
      <translation>Не перенесено из шаблона: %s.</translation>
    </message>
    <message>
      <source>Left out of the template: a link to an outside file (%s, %s).</source>
      <translation>Не перенесено из шаблона: ссылка на внешний файл (%s, %s).</translation>
    </message>
    <message>
      <source>Section “%s”</source>
      <translation>Раздел «%s»</translation>
    </message>
    <message>
      <source>The document's headings and labels</source>
      <translation>Заголовки и подписи документа</translation>
    </message>
    <message>
      <source>The list of abbreviations</source>
      <translation>Список сокращений</translation>
    </message>
    <message>
      <source>The submission's field “%s”</source>
      <translation>Поле обращения «%s»</translation>
    </message>
    <message>
      <source>custom XML bindings</source>
      <translation>привязки к пользовательским XML-данным</translation>
    </message>
    <message>
      <source>custom XML data</source>
      <translation>пользовательские XML-данные</translation>
    </message>
    <message>
      <source>embedded objects</source>
      <translation>внедрённые объекты</translation>
    </message>
    <message>
      <source>macros</source>
      <translation>макросы</translation>
    </message>
    <message>
      <source>“%s”, %s: the text reads as %s; the document is in %s.</source>
      <translation>«%s», %s: язык текста — %s, язык документа — %s.</translation>
    </message>
  </context>
  <context>
    <name>Field</name>
    <message>
      <source>Accessed on</source>
      <translation>Дата обращения</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Addressee</source>
      <translation>Адресат</translation>
    </message>
    <message>
      <source>Adopted on</source>
      <translation>Дата принятия</translation>
    </message>
    <message>
      <source>Argument</source>
      <translation>Аргумент</translation>
    </message>
    <message>
      <source>Author</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Authors</source>
      <translation>Авторы</translation>
    </message>
    <message>
      <source>Bibliography</source>
      <translation>Список источников</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Изменено</translation>
    </message>
    <message>
      <source>Citation key</source>
      <translation>Ключ цитирования</translation>
    </message>
    <message>
      <source>Citations</source>
      <translation>Ссылки</translation>
    </message>
    <message>
      <source>Comparative table</source>
      <translation>Сравнительная таблица</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Конфиденциальность</translation>
    </message>
    <message>
      <source>Cover page</source>
      <translation>Титульный лист</translation>
    </message>
    <message>
      <source>Date precision</source>
      <translation>Точность даты</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Heading</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>Include confidential material</source>
      <translation>Включить конфиденциальные материалы</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Акт</translation>
    </message>
    <message>
      <source>Introduction</source>
      <translation>Введение</translation>
    </message>
    <message>
      <source>Issued</source>
      <translation>Дата издания</translation>
    </message>
    <message>
      <source>Jurisdiction</source>
      <translation>Юрисдикция</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>List of abbreviations</source>
      <translation>Список сокращений</translation>
    </message>
    <message>
      <source>Locator</source>
      <translation>Место в источнике</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Observed on</source>
      <translation>Дата наблюдения</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <source>Other languages</source>
      <translation>Другие языки</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Приоритет</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Предлагаемая формулировка</translation>
    </message>
    <message>
      <source>Publisher</source>
      <translation>Издатель</translation>
    </message>
    <message>
      <source>Quotation</source>
      <translation>Цитата</translation>
    </message>
    <message>
      <source>Rationale</source>
      <translation>Обоснование</translation>
    </message>
    <message>
      <source>Ready-made theme</source>
      <translation>Готовая тема</translation>
    </message>
    <message>
      <source>Section introduction</source>
      <translation>Введение к разделу</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Серьёзность</translation>
    </message>
    <message>
      <source>Short name</source>
      <translation>Краткое название</translation>
    </message>
    <message>
      <source>Short title</source>
      <translation>Краткое название</translation>
    </message>
    <message>
      <source>Side by side with</source>
      <translation>Параллельно с языком</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Structural unit</source>
      <translation>Структурная единица</translation>
    </message>
    <message>
      <source>Submitted on</source>
      <translation>Дата подачи</translation>
    </message>
    <message>
      <source>Subtitle</source>
      <translation>Подзаголовок</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Резюме</translation>
    </message>
    <message>
      <source>Table of contents</source>
      <translation>Оглавление</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>Шаблон</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>Value</source>
      <translation>Значение</translation>
    </message>
    <message>
      <source>Version date</source>
      <translation>Дата редакции</translation>
    </message>
    <message>
      <source>Wording</source>
      <translation>Формулировка</translation>
    </message>
    <message>
      <source>Wording is the statute's own words</source>
      <translation>Формулировка — дословный текст закона</translation>
    </message>
    <message>
      <source>Wording language</source>
      <translation>Язык формулировки</translation>
    </message>
    <message>
      <source>Wording taken on</source>
      <translation>Дата текста формулировки</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Документ:</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Импортировать</translation>
    </message>
    <message>
      <source>&amp;Kind:</source>
      <translation>&amp;Тип:</translation>
    </message>
    <message>
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <source>&amp;Use the library's source:</source>
      <translation>&amp;Взять источник из библиотеки:</translation>
    </message>
    <message>
      <source>(a new source)</source>
      <translation>(новый источник)</translation>
    </message>
    <message>
      <source>Backing up, then importing…</source>
      <translation>Создаётся резервная копия, затем импорт…</translation>
    </message>
    <message>
      <source>Backup made first: %s</source>
      <translation>Сначала создана резервная копия: %s</translation>
    </message>
    <message>
      <source>Choose a Word document (.docx): nothing is written until you import.</source>
      <translation>Выберите документ Word (.docx): до импорта ничего не записывается.</translation>
    </message>
    <message>
      <source>Choose the Word document to import.</source>
      <translation>Выберите документ Word для импорта.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Comparing with the library…</source>
      <translation>Сравнение с библиотекой…</translation>
    </message>
    <message>
      <source>Edit ▸ Undo (Ctrl+Z) takes the whole import back.</source>
      <translation>Правка ▸ Отменить (Ctrl+Z) отменяет весь импорт целиком.</translation>
    </message>
    <message>
      <source>English</source>
      <translation>Английский</translation>
    </message>
    <message>
      <source>Import a Word document</source>
      <translation>Импорт документа Word</translation>
    </message>
    <message>
      <source>Import which document?</source>
      <translation>Какой документ импортировать?</translation>
    </message>
    <message>
      <source>Imported %d record(s) from %s.</source>
      <translation>Импортировано записей: %d из %s.</translation>
    </message>
    <message>
      <source>Importing creates: %s.</source>
      <translation>Импорт создаст: %s.</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>Казахский</translation>
    </message>
    <message>
      <source>Nothing new to import: the library already holds all of it.</source>
      <translation>Импортировать нечего: всё это уже есть в библиотеке.</translation>
    </message>
    <message>
      <source>Nothing ticked.</source>
      <translation>Ничего не отмечено.</translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Прочитать</translation>
    </message>
    <message>
      <source>Read from the text</source>
      <translation>Определить по тексту</translation>
    </message>
    <message>
      <source>Read in %s.</source>
      <translation>Прочитано на языке: %s.</translation>
    </message>
    <message>
      <source>Reading %s…</source>
      <translation>Чтение %s…</translation>
    </message>
    <message>
      <source>Records you edited since the last import: choose what to keep.</source>
      <translation>Записи, изменённые вами после прошлого импорта: выберите, что сохранить.</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Русский</translation>
    </message>
    <message>
      <source>The import failed: %s. Nothing was changed.</source>
      <translation>Импорт не удался: %s. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Untick what you do not want, change a row's kind or merge a source into the library's, then import. Space ticks or unticks the selected row.</source>
      <translation>Снимите отметку с ненужного, измените тип строки или объедините источник с источником из библиотеки, затем импортируйте. Пробел ставит или снимает отметку у выбранной строки.</translation>
    </message>
    <message>
      <source>Word documents (*.docx *.dotx);;All files (*)</source>
      <translation>Документы Word (*.docx *.dotx);;Все файлы (*)</translation>
    </message>
    <message>
      <source>comments left out</source>
      <translation>комментариев пропущено</translation>
    </message>
    <message>
      <source>headers and footers left out</source>
      <translation>колонтитулов пропущено</translation>
    </message>
    <message>
      <source>text boxes left out</source>
      <translation>надписей пропущено</translation>
    </message>
    <message>
      <source>tracked deletions dropped</source>
      <translation>отслеживаемых удалений отброшено</translation>
    </message>
    <message>
      <source>tracked insertions taken</source>
      <translation>отслеживаемых вставок принято</translation>
    </message>
  </context>
  <context>
    <name>ImportRows</name>
    <message>
      <source>Becomes</source>
      <translation>Станет</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Откуда</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>endnote %s</source>
      <translation>концевая сноска %s</translation>
    </message>
    <message>
      <source>endnotes %s</source>
      <translation>концевые сноски %s</translation>
    </message>
    <message>
      <source>endnotes %s and %s more</source>
      <translation>концевые сноски %s и ещё %s</translation>
    </message>
    <message>
      <source>footnote %s</source>
      <translation>сноска %s</translation>
    </message>
    <message>
      <source>footnotes %s</source>
      <translation>сноски %s</translation>
    </message>
    <message>
      <source>footnotes %s and %s more</source>
      <translation>сноски %s и ещё %s</translation>
    </message>
    <message>
      <source>left out</source>
      <translation>не импортируется</translation>
    </message>
    <message>
      <source>named in the text</source>
      <translation>упомянуто в тексте</translation>
    </message>
    <message>
      <source>named in the text, not in the library</source>
      <translation>упомянуто в тексте, нет в библиотеке</translation>
    </message>
    <message>
      <source>new</source>
      <translation>новая запись</translation>
    </message>
    <message>
      <source>not in the library: tick to create it</source>
      <translation>нет в библиотеке: отметьте, чтобы создать</translation>
    </message>
    <message>
      <source>recommendation %s</source>
      <translation>рекомендация %s</translation>
    </message>
    <message>
      <source>recommendation %s, critique %s</source>
      <translation>рекомендация %s, критика %s</translation>
    </message>
    <message>
      <source>recommendation %s, evidence %s</source>
      <translation>рекомендация %s, факт %s</translation>
    </message>
    <message>
      <source>the document's outline</source>
      <translation>структура документа</translation>
    </message>
    <message>
      <source>the library's “%s”</source>
      <translation>из библиотеки: «%s»</translation>
    </message>
  </context>
  <context>
    <name>Kind</name>
    <message>
      <source>(untitled)</source>
      <translation>(без названия)</translation>
    </message>
    <message>
      <source>Critique</source>
      <translation>Критика</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Доказательство</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Правовой акт</translation>
    </message>
    <message>
      <source>Provision</source>
      <translation>Норма</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Рекомендация</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Submission</source>
      <translation>Обращение</translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Метка</translation>
    </message>
  </context>
  <context>
    <name>Kinds</name>
    <message>
      <source>Critiques</source>
      <translation>Критика</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Доказательства</translation>
    </message>
    <message>
      <source>Instruments</source>
      <translation>Правовые акты</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Нормы</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Рекомендации</translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>Источники</translation>
    </message>
    <message>
      <source>Submissions</source>
      <translation>Обращения</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Метки</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>English</source>
      <translation>английский</translation>
    </message>
    <message>
      <source>Kazakh</source>
      <translation>казахский</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>русский</translation>
    </message>
  </context>
  <context>
    <name>LinkPickerDialog</name>
    <message>
      <source>Link to a %s</source>
      <translation>Связать: %s</translation>
    </message>
    <message>
      <source>Search %s…</source>
      <translation>Поиск: %s…</translation>
    </message>
  </context>
  <context>
    <name>LinkRoleEditor</name>
    <message>
      <source>Link…</source>
      <translation>Связать…</translation>
    </message>
    <message>
      <source>Unlink</source>
      <translation>Отвязать</translation>
    </message>
  </context>
  <context>
    <name>ListPanel</name>
    <message>
      <source>%s records</source>
      <translation>Записей: %s</translation>
    </message>
    <message>
      <source>All tags</source>
      <translation>Все метки</translation>
    </message>
    <message>
      <source>Any %s</source>
      <translation>%s: любое</translation>
    </message>
    <message>
      <source>Reading the list…</source>
      <translation>Список загружается…</translation>
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
      <translation>%s. Подробности — в файле журнала.</translation>
    </message>
    <message>
      <source>&amp;About Workbench</source>
      <translation>&amp;О программе Workbench</translation>
    </message>
    <message>
      <source>&amp;Close Project</source>
      <translation>&amp;Закрыть проект</translation>
    </message>
    <message>
      <source>&amp;Delete Record</source>
      <translation>&amp;Удалить запись</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <source>&amp;Export Submission…</source>
      <translation>&amp;Экспорт обращения…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Найти…</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>&amp;Import Word Document…</source>
      <translation>&amp;Импорт документа Word…</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
      <source>&amp;Merge from a Colleague…</source>
      <translation>&amp;Объединить с работой коллеги…</translation>
    </message>
    <message>
      <source>&amp;New Project…</source>
      <translation>&amp;Новый проект…</translation>
    </message>
    <message>
      <source>&amp;Open Project…</source>
      <translation>&amp;Открыть проект…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>&amp;Restore from Backup…</source>
      <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>About Workbench</source>
      <translation>О программе Workbench</translation>
    </message>
    <message>
      <source>Bold	Ctrl+B</source>
      <translation>Полужирный	Ctrl+B</translation>
    </message>
    <message>
      <source>Bring In Re&amp;viewed Document…</source>
      <translation>Внести &amp;рецензированный документ…</translation>
    </message>
    <message>
      <source>Bulleted List	Ctrl+Shift+8</source>
      <translation>Маркированный список	Ctrl+Shift+8</translation>
    </message>
    <message>
      <source>Creating “%s”…</source>
      <translation>Создаётся «%s»…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>F&amp;ormat</source>
      <translation>Ф&amp;ормат</translation>
    </message>
    <message>
      <source>Finish what is open, then merge “%s” with File ▸ Merge from a Colleague…</source>
      <translation>Завершите открытое действие, затем объедините «%s» через Файл ▸ Объединить с работой коллеги…</translation>
    </message>
    <message>
      <source>Italic	Ctrl+I</source>
      <translation>Курсив	Ctrl+I</translation>
    </message>
    <message>
      <source>Link…	Ctrl+K</source>
      <translation>Ссылка…	Ctrl+K</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Основная</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Создать</translation>
    </message>
    <message>
      <source>New &amp;Record</source>
      <translation>Новая &amp;запись</translation>
    </message>
    <message>
      <source>New project</source>
      <translation>Новый проект</translation>
    </message>
    <message>
      <source>No project is open.

File ▸ New Project (Ctrl+N) or File ▸ Open Project (Ctrl+O).</source>
      <translation>Проект не открыт.

Файл ▸ Новый проект (Ctrl+N) или Файл ▸ Открыть проект (Ctrl+O).</translation>
    </message>
    <message>
      <source>No recent projects</source>
      <translation>Нет недавних проектов</translation>
    </message>
    <message>
      <source>Not opened</source>
      <translation>Не открыт</translation>
    </message>
    <message>
      <source>Numbered List	Ctrl+Shift+7</source>
      <translation>Нумерованный список	Ctrl+Shift+7</translation>
    </message>
    <message>
      <source>Open &amp;Recent</source>
      <translation>&amp;Недавние проекты</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Открыть проект</translation>
    </message>
    <message>
      <source>Open the submission to export first.</source>
      <translation>Сначала откройте обращение, которое нужно экспортировать.</translation>
    </message>
    <message>
      <source>Opening “%s”…</source>
      <translation>Открывается «%s»…</translation>
    </message>
    <message>
      <source>Quotation	Ctrl+Shift+Q</source>
      <translation>Цитата	Ctrl+Shift+Q</translation>
    </message>
    <message>
      <source>Restore which project?</source>
      <translation>Какой проект восстановить?</translation>
    </message>
    <message>
      <source>S&amp;hare…</source>
      <translation>П&amp;оделиться…</translation>
    </message>
    <message>
      <source>Search everything (Ctrl+F)</source>
      <translation>Искать везде (Ctrl+F)</translation>
    </message>
    <message>
      <source>Upgrading “%s” for this version of Workbench (once)…</source>
      <translation>«%s» обновляется для этой версии Workbench (один раз)…</translation>
    </message>
    <message>
      <source>Workbench</source>
      <translation>Workbench</translation>
    </message>
    <message>
      <source>Workbench projects (*.wbproj)</source>
      <translation>Проекты Workbench (*.wbproj)</translation>
    </message>
    <message>
      <source>Workbench: a library of provisions, critiques and evidence, and the recommendations drawn from it. Works offline; your data stays on this computer.</source>
      <translation>Workbench: библиотека норм, критики и доказательств и основанные на ней рекомендации. Работает без сети; ваши данные остаются на этом компьютере.</translation>
    </message>
    <message>
      <source>“%s” could not be opened: %s</source>
      <translation>Не удалось открыть «%s»: %s</translation>
    </message>
  </context>
  <context>
    <name>MarkdownEdit</name>
    <message>
      <source>Bold</source>
      <translation>Полужирный</translation>
    </message>
    <message>
      <source>Bulleted list</source>
      <translation>Маркированный список</translation>
    </message>
    <message>
      <source>Italic</source>
      <translation>Курсив</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Ссылка</translation>
    </message>
    <message>
      <source>Link…</source>
      <translation>Связать…</translation>
    </message>
    <message>
      <source>Numbered list</source>
      <translation>Нумерованный список</translation>
    </message>
    <message>
      <source>Quotation</source>
      <translation>Цитата</translation>
    </message>
    <message>
      <source>Web address (http or https):</source>
      <translation>Веб-адрес (http или https):</translation>
    </message>
  </context>
  <context>
    <name>MergeDialog</name>
    <message>
      <source>%d conflicting copy(ies) kept.</source>
      <translation>Сохранено конфликтующих копий: %d.</translation>
    </message>
    <message>
      <source>%d record(s) edited on both sides in different places were merged with no question: select one to see or change what was merged.</source>
      <translation>Записей, изменённых обеими сторонами в разных местах и объединённых без вопросов: %d. Выберите запись, чтобы посмотреть или изменить результат.</translation>
    </message>
    <message>
      <source>%d record(s) were changed on both sides. Choose for each what to keep; field by field, the merged or your version is kept unless you pick another.</source>
      <translation>Записей, изменённых обеими сторонами: %d. Выберите, что сохранить в каждой; по полям сохраняется объединённая или ваша версия, если не выбрать другую.</translation>
    </message>
    <message>
      <source>Apply Merge</source>
      <translation>Выполнить объединение</translation>
    </message>
    <message>
      <source>Backing up, then merging…</source>
      <translation>Резервное копирование, затем объединение…</translation>
    </message>
    <message>
      <source>Backup made first: %s</source>
      <translation>Сначала сделана резервная копия: %s</translation>
    </message>
    <message>
      <source>Both</source>
      <translation>Оба</translation>
    </message>
    <message>
      <source>Choose for each</source>
      <translation>Выбрать для каждого</translation>
    </message>
    <message>
      <source>Choose the file your colleague sent.</source>
      <translation>Выберите файл, присланный коллегой.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Colleague's work (*.wbshare *.json *.wbproj);;All files (*)</source>
      <translation>Работа коллеги (*.wbshare *.json *.wbproj);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Edit ▸ Undo (Ctrl+Z) takes the whole merge back.</source>
      <translation>Правка ▸ Отменить (Ctrl+Z) отменяет всё объединение.</translation>
    </message>
    <message>
      <source>Field by field</source>
      <translation>По полям</translation>
    </message>
    <message>
      <source>For every conflict:</source>
      <translation>Для всех конфликтов:</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>Оставить обе</translation>
    </message>
    <message>
      <source>Keep mine</source>
      <translation>Оставить моё</translation>
    </message>
    <message>
      <source>Merge from</source>
      <translation>Объединить с</translation>
    </message>
    <message>
      <source>Merge from a colleague</source>
      <translation>Объединение с работой коллеги</translation>
    </message>
    <message>
      <source>Merged automatically</source>
      <translation>Объединено автоматически</translation>
    </message>
    <message>
      <source>Merged: %d added, %d updated, %d deleted, %d conflict(s) resolved.</source>
      <translation>Объединено: добавлено %d, обновлено %d, удалено %d, разрешено конфликтов %d.</translation>
    </message>
    <message>
      <source>Mine</source>
      <translation>Моё</translation>
    </message>
    <message>
      <source>No conflicts.</source>
      <translation>Конфликтов нет.</translation>
    </message>
    <message>
      <source>Nothing to merge: your project already holds all of it.</source>
      <translation>Нечего объединять: в вашем проекте уже всё есть.</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Парольная фраза:</translation>
    </message>
    <message>
      <source>Read</source>
      <translation>Прочитать</translation>
    </message>
    <message>
      <source>Reading %s…</source>
      <translation>Чтение %s…</translation>
    </message>
    <message>
      <source>Review the changes</source>
      <translation>Просмотр изменений</translation>
    </message>
    <message>
      <source>Review the changes, then apply the merge.</source>
      <translation>Просмотрите изменения и выполните объединение.</translation>
    </message>
    <message>
      <source>Take theirs</source>
      <translation>Взять их</translation>
    </message>
    <message>
      <source>The merge failed: %s. Nothing was changed.</source>
      <translation>Объединение не удалось: %s. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Their file:</source>
      <translation>Их файл:</translation>
    </message>
    <message>
      <source>Theirs</source>
      <translation>Их</translation>
    </message>
    <message>
      <source>This bundle is encrypted: enter the passphrase it was shared with.</source>
      <translation>Пакет зашифрован: введите парольную фразу, с которой им поделились.</translation>
    </message>
    <message>
      <source>This bundle leaves out confidential evidence and sources: your links to yours stay as they are.</source>
      <translation>В этом пакете нет конфиденциальных доказательств и источников: ваши ссылки на ваши собственные остаются как есть.</translation>
    </message>
    <message>
      <source>What merging changes in your project:</source>
      <translation>Что объединение изменит в вашем проекте:</translation>
    </message>
    <message>
      <source>Wrong passphrase, or the bundle was altered after it was made. Nothing was changed; try the passphrase again.</source>
      <translation>Неверная парольная фраза, или пакет изменён после создания. Ничего не изменено; попробуйте ввести фразу ещё раз.</translation>
    </message>
  </context>
  <context>
    <name>MergePreviewModel</name>
    <message>
      <source>Added</source>
      <translation>Добавлено</translation>
    </message>
    <message>
      <source>Conflicts</source>
      <translation>Конфликты</translation>
    </message>
    <message>
      <source>Deleted</source>
      <translation>Удалено</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Merged</source>
      <translation>Объединено</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Обновлено</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source>%1 %2 %3 does not exist</source>
      <translation>Даты %1 %2 %3 г. не существует</translation>
    </message>
    <message>
      <source>%d record(s) were changed on both sides; choose what to keep for each. Nothing was merged.</source>
      <translation>Записей, изменённых с обеих сторон: %d; выберите, что оставить для каждой. Ничего не объединено.</translation>
    </message>
    <message>
      <source>%s exists already; choose another name.</source>
      <translation>%s уже существует; выберите другое имя.</translation>
    </message>
    <message>
      <source>A backup could not be written in %s: %s. Nothing was changed; free some space or check the folder, then try again.</source>
      <translation>Не удалось записать резервную копию в %s: %s. Ничего не изменено; освободите место или проверьте папку и повторите.</translation>
    </message>
    <message>
      <source>A value is needed here</source>
      <translation>Здесь нужно значение</translation>
    </message>
    <message>
      <source>Backup failed</source>
      <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
      <source>Cannot merge this file</source>
      <translation>Этот файл нельзя объединить</translation>
    </message>
    <message>
      <source>Cannot merge this project</source>
      <translation>Этот проект нельзя объединить</translation>
    </message>
    <message>
      <source>Cannot read this file</source>
      <translation>Не удаётся прочитать файл</translation>
    </message>
    <message>
      <source>Cannot use this bundle</source>
      <translation>Этот пакет нельзя использовать</translation>
    </message>
    <message>
      <source>Change refused</source>
      <translation>Изменение отклонено</translation>
    </message>
    <message>
      <source>Choose one of the values offered</source>
      <translation>Выберите одно из предложенных значений</translation>
    </message>
    <message>
      <source>Choose yes or no</source>
      <translation>Выберите «да» или «нет»</translation>
    </message>
    <message>
      <source>Conflicts remain</source>
      <translation>Остались конфликты</translation>
    </message>
    <message>
      <source>Could not write “%s”: %s. Nothing was changed; choose another file or folder.</source>
      <translation>Не удалось записать «%s»: %s. Ничего не изменено; выберите другой файл или папку.</translation>
    </message>
    <message>
      <source>Export failed</source>
      <translation>Экспорт не удался</translation>
    </message>
    <message>
      <source>File exists</source>
      <translation>Файл существует</translation>
    </message>
    <message>
      <source>Made by a newer Workbench</source>
      <translation>Создан более новой версией Workbench</translation>
    </message>
    <message>
      <source>No sound backup</source>
      <translation>Нет исправной резервной копии</translation>
    </message>
    <message>
      <source>Not a Workbench project</source>
      <translation>Это не проект Workbench</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
    <message>
      <source>Not written</source>
      <translation>Не записано</translation>
    </message>
    <message>
      <source>Project damaged</source>
      <translation>Проект повреждён</translation>
    </message>
    <message>
      <source>Project in use</source>
      <translation>Проект занят</translation>
    </message>
    <message>
      <source>Project not found</source>
      <translation>Проект не найден</translation>
    </message>
    <message>
      <source>Project not opened</source>
      <translation>Проект не открыт</translation>
    </message>
    <message>
      <source>Text is needed here</source>
      <translation>Здесь нужен текст</translation>
    </message>
    <message>
      <source>The %s “%s” cannot be read: %s. Nothing was changed.</source>
      <translation>Не удаётся прочитать %s «%s»: %s. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The Word template “%s” cannot be used: %s. Nothing was written.</source>
      <translation>Шаблон Word «%s» нельзя использовать: %s. Ничего не записано.</translation>
    </message>
    <message>
      <source>The change could not be saved to “%s”: %s. Nothing was changed; free some space or check the folder, then try again.</source>
      <translation>Не удалось сохранить изменение в «%s»: %s. Ничего не изменено; освободите место или проверьте папку и повторите.</translation>
    </message>
    <message>
      <source>The file cannot be merged (%s). Nothing was changed.</source>
      <translation>Файл нельзя объединить (%s). Ничего не изменено.</translation>
    </message>
    <message>
      <source>The text has %1 characters; at most %2 fit here</source>
      <translation>В тексте %1 знаков; здесь помещается не больше %2</translation>
    </message>
    <message>
      <source>There is no project at %s.</source>
      <translation>По адресу %s нет проекта.</translation>
    </message>
    <message>
      <source>This kind of record has no such field</source>
      <translation>У записей этого вида нет такого поля</translation>
    </message>
    <message>
      <source>Workbench</source>
      <translation>Workbench</translation>
    </message>
    <message>
      <source>Wrong passphrase</source>
      <translation>Неверная парольная фраза</translation>
    </message>
    <message>
      <source>its folder does not exist</source>
      <translation>его папки не существует</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>диск заполнен</translation>
    </message>
    <message>
      <source>the disk is read-only</source>
      <translation>диск доступен только для чтения</translation>
    </message>
    <message>
      <source>the file is read-only</source>
      <translation>файл доступен только для чтения</translation>
    </message>
    <message>
      <source>the folder is read-only</source>
      <translation>папка доступна только для чтения</translation>
    </message>
    <message>
      <source>“%1” is not a date: write it as YYYY-MM-DD, for example 2023-02-28</source>
      <translation>«%1» — не дата: запишите её как ГГГГ-ММ-ДД, например 2023-02-28</translation>
    </message>
    <message>
      <source>“%s” (folder “%s”) cannot be opened for editing: %s. Nothing was changed. Copy it to a folder you can write to and open the copy.</source>
      <translation>«%s» (папка «%s») нельзя открыть для правки: %s. Ничего не изменено. Скопируйте его в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
      <source>“%s” (folder “%s”) cannot be written: %s. Nothing was changed; choose another place.</source>
      <translation>«%s» (папка «%s») нельзя записать: %s. Ничего не изменено; выберите другое место.</translation>
    </message>
    <message>
      <source>“%s” cannot be merged: %s. Nothing was changed.</source>
      <translation>«%s» нельзя объединить: %s. Ничего не изменено.</translation>
    </message>
    <message>
      <source>“%s” cannot be opened because it is damaged (%s). Restore it from a backup: File ▸ Restore from Backup…</source>
      <translation>«%s» не открывается, так как повреждён (%s). Восстановите его из резервной копии: Файл ▸ Восстановить из резервной копии…</translation>
    </message>
    <message>
      <source>“%s” cannot be read on this read-only disk: its -wal file holds changes not yet saved into it. Nothing was changed. Copy the project with its -wal file to a folder you can write to and open the copy.</source>
      <translation>«%s» нельзя прочитать на этом диске только для чтения: его файл -wal содержит ещё не сохранённые в нём изменения. Ничего не изменено. Скопируйте проект вместе с файлом -wal в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
      <source>“%s” cannot be restored: no sound backup of it was found in %s. Nothing was changed.</source>
      <translation>«%s» нельзя восстановить: в %s не найдено его исправной резервной копии. Ничего не изменено.</translation>
    </message>
    <message>
      <source>“%s” could not be opened: wrong passphrase, or the bundle was altered after it was made. Nothing was changed.</source>
      <translation>Не удалось открыть «%s»: неверная парольная фраза, или пакет изменён после создания. Ничего не изменено.</translation>
    </message>
    <message>
      <source>“%s” is a symbolic link; Workbench does not write through links. Nothing was changed; choose the file itself, or another name.</source>
      <translation>«%s» — символическая ссылка; Workbench не записывает через ссылки. Ничего не изменено; выберите сам файл или другое имя.</translation>
    </message>
    <message>
      <source>“%s” is not a Workbench project: %s. The file was not changed.</source>
      <translation>«%s» — не проект Workbench: %s. Файл не изменён.</translation>
    </message>
    <message>
      <source>“%s” is open in another Workbench (%s) since %s.

Close it there first, or open a copy.</source>
      <translation>«%s» открыт в другом Workbench (%s) с %s.

Сначала закройте его там или откройте копию.</translation>
    </message>
    <message>
      <source>“%s” uses project version %d; this Workbench reads versions up to %d. The file was not changed. Open it with a newer Workbench.</source>
      <translation>«%s» использует версию проекта %d; этот Workbench читает версии до %d. Файл не изменён. Откройте его более новой версией Workbench.</translation>
    </message>
    <message>
      <source>“%s” was not opened: its lock file %s %s. Nothing was changed. Remove that file if no Workbench has the project open, then try again.</source>
      <translation>«%s» не открыт: его файл блокировки %s %s. Ничего не изменено. Удалите этот файл, если проект не открыт ни в одном Workbench, и повторите попытку.</translation>
    </message>
    <message>
      <source>“%s”: %s. Nothing was changed.</source>
      <translation>«%s»: %s. Ничего не изменено.</translation>
    </message>
  </context>
  <context>
    <name>NavigatorModel</name>
    <message>
      <source>Library</source>
      <translation>Библиотека</translation>
    </message>
    <message>
      <source>Records</source>
      <translation>Записи</translation>
    </message>
  </context>
  <context>
    <name>Notices</name>
    <message>
      <source>Deleted text is still inside “%s”: the file could not be compacted (%s)</source>
      <translation>Удалённый текст всё ещё хранится в «%s»: файл не удалось сжать (%s)</translation>
    </message>
    <message>
      <source>No backup of “%s” was made on opening it: %s</source>
      <translation>Резервная копия «%s» при открытии не сделана: %s</translation>
    </message>
    <message>
      <source>The damaged backup “%s” was passed over</source>
      <translation>Повреждённая резервная копия «%s» пропущена</translation>
    </message>
    <message>
      <source>The folder “%s” could not be synced after saving (%s)</source>
      <translation>Папку «%s» не удалось синхронизировать после сохранения (%s)</translation>
    </message>
    <message>
      <source>Your settings (“%s”) could not be read (%s); the defaults are used</source>
      <translation>Не удалось прочитать настройки («%s»: %s); используются значения по умолчанию</translation>
    </message>
    <message>
      <source>Your settings could not be read (%s); the defaults are used</source>
      <translation>Не удалось прочитать настройки (%s); используются значения по умолчанию</translation>
    </message>
  </context>
  <context>
    <name>OutlineModel</name>
    <message>
      <source>Rename section</source>
      <translation>Переименовать раздел</translation>
    </message>
    <message>
      <source>Reorder the outline</source>
      <translation>Изменить порядок структуры</translation>
    </message>
  </context>
  <context>
    <name>Preflight</name>
    <message>
      <source>%s character(s) Word cannot hold (%s) in “%s” will be dropped</source>
      <translation>%s знак(ов), которые Word не может хранить (%s), в «%s» будут удалены</translation>
    </message>
    <message>
      <source>%s of “%s” reads as %s, in a document in %s</source>
      <translation>%s («%s»): язык текста — %s, а язык документа — %s</translation>
    </message>
    <message>
      <source>%s review note(s) on “%s” not resolved</source>
      <translation>Не решены замечания рецензентов (%s) к «%s»</translation>
    </message>
    <message>
      <source>Citation [@%s] in “%s” matches no source</source>
      <translation>Ссылка [@%s] в «%s» не соответствует ни одному источнику</translation>
    </message>
    <message>
      <source>Error</source>
      <translation>Ошибка</translation>
    </message>
    <message>
      <source>No proposed wording for %s</source>
      <translation>Нет предлагаемой редакции для %s</translation>
    </message>
    <message>
      <source>Not translated into %s: %s</source>
      <translation>Не переведено (%s): %s</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Замечание</translation>
    </message>
    <message>
      <source>Section “%s” holds no recommendation</source>
      <translation>В разделе «%s» нет ни одной рекомендации</translation>
    </message>
    <message>
      <source>The evidence “%s” cites no source, so its footnote will be missing</source>
      <translation>Доказательство «%s» не ссылается на источник, поэтому сноски не будет</translation>
    </message>
    <message>
      <source>The recommendation “%s” relies on no evidence</source>
      <translation>Рекомендация «%s» не опирается ни на одно доказательство</translation>
    </message>
    <message>
      <source>The source “%s” has no URL</source>
      <translation>У источника «%s» нет URL</translation>
    </message>
    <message>
      <source>The source “%s” has no date</source>
      <translation>У источника «%s» нет даты</translation>
    </message>
    <message>
      <source>This evidence (%s) will be in the exported document</source>
      <translation>Это доказательство (%s) попадёт в экспортируемый документ</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Предупреждение</translation>
    </message>
  </context>
  <context>
    <name>PreflightList</name>
    <message>
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Серьёзность</translation>
    </message>
  </context>
  <context>
    <name>RecordEditor</name>
    <message>
      <source>%s · changed %s by %s</source>
      <translation>%s · изменено %s, автор: %s</translation>
    </message>
    <message>
      <source>Choose a record from the list, or create one.</source>
      <translation>Выберите запись в списке или создайте новую.</translation>
    </message>
    <message>
      <source>Cited by</source>
      <translation>Ссылаются</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Связи</translation>
    </message>
  </context>
  <context>
    <name>RestoreDialog</name>
    <message>
      <source>&amp;Restore</source>
      <translation>&amp;Восстановить</translation>
    </message>
    <message>
      <source>Choose a backup of “%s” to put in its place. The current file is kept beside it (renamed “%s.replaced-…”), never deleted.</source>
      <translation>Выберите резервную копию «%s», которая займёт его место. Текущий файл останется рядом (под именем «%s.replaced-…») и не будет удалён.</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Создана</translation>
    </message>
    <message>
      <source>No backups</source>
      <translation>Нет резервных копий</translation>
    </message>
    <message>
      <source>Project restored</source>
      <translation>Проект восстановлен</translation>
    </message>
    <message>
      <source>Restore from Backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>There are no backups of “%s” in %s.</source>
      <translation>Резервных копий «%s» в %s нет.</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>before a merge</source>
      <translation>перед объединением</translation>
    </message>
    <message>
      <source>before an import</source>
      <translation>перед импортом</translation>
    </message>
    <message>
      <source>before an upgrade</source>
      <translation>перед обновлением</translation>
    </message>
    <message>
      <source>daily, on opening</source>
      <translation>ежедневная, при открытии</translation>
    </message>
    <message>
      <source>made by hand</source>
      <translation>создана вручную</translation>
    </message>
    <message>
      <source>“%s” is damaged (%s) and cannot be opened. Choose a backup to put in its place; the newest sound one is selected. The damaged file is kept beside it (renamed “%s.damaged-…”), never deleted.</source>
      <translation>«%s» повреждён (%s) и не открывается. Выберите резервную копию, которая займёт его место; выбрана самая новая исправная. Повреждённый файл останется рядом (под именем «%s.damaged-…») и не будет удалён.</translation>
    </message>
    <message>
      <source>“%s” was restored from the backup %s. The file it replaced is kept as “%s”.</source>
      <translation>«%s» восстановлен из резервной копии %s. Заменённый файл сохранён как «%s».</translation>
    </message>
  </context>
  <context>
    <name>ReviewDialog</name>
    <message>
      <source> — conflict: changed since the export</source>
      <translation> — конфликт: изменено после экспорта</translation>
    </message>
    <message>
      <source> — kept as a note</source>
      <translation> — сохранено как заметка</translation>
    </message>
    <message>
      <source>&amp;Accept</source>
      <translation>&amp;Принять</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Документ:</translation>
    </message>
    <message>
      <source>&amp;Read</source>
      <translation>&amp;Прочитать</translation>
    </message>
    <message>
      <source>(no name)</source>
      <translation>(без имени)</translation>
    </message>
    <message>
      <source>Accept A&amp;ll From</source>
      <translation>Принять &amp;все от</translation>
    </message>
    <message>
      <source>Accepted into %s text(s); Edit ▸ Undo (Ctrl+Z) takes them back.</source>
      <translation>Принято в тексты: %s; Правка ▸ Отменить (Ctrl+Z) вернёт их.</translation>
    </message>
    <message>
      <source>As exported:</source>
      <translation>Как экспортировано:</translation>
    </message>
    <message>
      <source>As the reviewer left it:</source>
      <translation>Как оставил рецензент:</translation>
    </message>
    <message>
      <source>Bring in a reviewed document</source>
      <translation>Внести рецензированный документ</translation>
    </message>
    <message>
      <source>Changed in your records since the export (shown, not applied): %s.</source>
      <translation>Изменено в ваших записях после экспорта (показано, не применено): %s.</translation>
    </message>
    <message>
      <source>Choose a copy of an export that a reviewer edited and sent back: nothing is changed in your records.</source>
      <translation>Выберите копию экспорта, которую рецензент отредактировал и вернул: в ваших записях ничего не изменится.</translation>
    </message>
    <message>
      <source>Choose the reviewed document to read.</source>
      <translation>Выберите рецензированный документ для чтения.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Comments kept as review notes: %s. The records' editors show them, to resolve there.</source>
      <translation>Комментарии сохранены как заметки рецензента: %s. Они видны в редакторе записей, там их можно отметить решёнными.</translation>
    </message>
    <message>
      <source>Comments outside any record's text</source>
      <translation>Комментарии вне текста записей</translation>
    </message>
    <message>
      <source>Keep Comments as &amp;Notes</source>
      <translation>Сохранить комментарии как &amp;заметки</translation>
    </message>
    <message>
      <source>Keep every comment on the record it is about, to resolve there</source>
      <translation>Сохранить каждый комментарий в записи, к которой он относится, чтобы решить его там</translation>
    </message>
    <message>
      <source>Keeping the comments as review notes…</source>
      <translation>Комментарии сохраняются как заметки…</translation>
    </message>
    <message>
      <source>Not written, changed in your records since the export: %s.</source>
      <translation>Не записано, изменено в ваших записях после экспорта: %s.</translation>
    </message>
    <message>
      <source>Not written, their formatting or citations could not be kept: %s (apply them by hand; the reviewer's text is shown below).</source>
      <translation>Не записано, не удалось сохранить оформление или ссылки: %s (внесите вручную; текст рецензента показан ниже).</translation>
    </message>
    <message>
      <source>Re&amp;ject</source>
      <translation>&amp;Отклонить</translation>
    </message>
    <message>
      <source>Reading %s…</source>
      <translation>Чтение %s…</translation>
    </message>
    <message>
      <source>Select the changes to accept or reject first.</source>
      <translation>Сначала выберите правки, которые нужно принять или отклонить.</translation>
    </message>
    <message>
      <source>Take the selected changes into the records</source>
      <translation>Внести выбранные правки в записи</translation>
    </message>
    <message>
      <source>Taking the changes into the records…</source>
      <translation>Правки вносятся в записи…</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Texts the copy no longer has</source>
      <translation>Тексты, которых больше нет в копии</translation>
    </message>
    <message>
      <source>Texts with changes or comments: %s.</source>
      <translation>Текстов с правками или комментариями: %s.</translation>
    </message>
    <message>
      <source>The changes could not be taken in: %s. Nothing was changed.</source>
      <translation>Не удалось внести правки: %s. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The document could not be read: %s. Nothing was changed.</source>
      <translation>Не удалось прочитать документ: %s. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The reviewer changed nothing and left no comments.</source>
      <translation>Рецензент ничего не изменил и не оставил комментариев.</translation>
    </message>
    <message>
      <source>What the reviewer did</source>
      <translation>Что сделал рецензент</translation>
    </message>
    <message>
      <source>Which reviewed document?</source>
      <translation>Какой рецензированный документ?</translation>
    </message>
    <message>
      <source>Word documents (*.docx);;All files (*)</source>
      <translation>Документы Word (*.docx);;Все файлы (*)</translation>
    </message>
    <message>
      <source>changed with tracking off</source>
      <translation>изменено без записи исправлений</translation>
    </message>
    <message>
      <source>comment: %s, %s</source>
      <translation>комментарий: %s, %s</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>удалено</translation>
    </message>
    <message>
      <source>deleted with its paragraph</source>
      <translation>удалён вместе с абзацем</translation>
    </message>
    <message>
      <source>inserted</source>
      <translation>вставлено</translation>
    </message>
    <message>
      <source>introduction</source>
      <translation>введение</translation>
    </message>
    <message>
      <source>proposed wording %s</source>
      <translation>предлагаемая редакция %s</translation>
    </message>
    <message>
      <source>rationale</source>
      <translation>обоснование</translation>
    </message>
    <message>
      <source>replaced</source>
      <translation>заменено</translation>
    </message>
    <message>
      <source>section introduction</source>
      <translation>введение к разделу</translation>
    </message>
    <message>
      <source>someone</source>
      <translation>кто-то</translation>
    </message>
    <message>
      <source>summary</source>
      <translation>резюме</translation>
    </message>
    <message>
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>title</source>
      <translation>заголовок</translation>
    </message>
  </context>
  <context>
    <name>ReviewNotesBox</name>
    <message>
      <source>%s, on %s</source>
      <translation>%s, к полю «%s»</translation>
    </message>
    <message>
      <source>%s, on the document</source>
      <translation>%s, к документу в целом</translation>
    </message>
    <message>
      <source>A reviewer</source>
      <translation>Рецензент</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Открыть снова</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Отметить решённым</translation>
    </message>
    <message>
      <source>Review notes (%s open of %s)</source>
      <translation>Замечания рецензентов (открыто %s из %s)</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>решено</translation>
    </message>
  </context>
  <context>
    <name>Role</name>
    <message>
      <source>Critiques answered</source>
      <translation>Ответ на критику</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Доказательства</translation>
    </message>
    <message>
      <source>In its outline</source>
      <translation>В структуре обращения</translation>
    </message>
    <message>
      <source>Instrument</source>
      <translation>Правовой акт</translation>
    </message>
    <message>
      <source>Proposes wording for it</source>
      <translation>Предлагает для него редакцию</translation>
    </message>
    <message>
      <source>Provisions</source>
      <translation>Нормы</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <source>Source of the wording</source>
      <translation>Источник формулировки</translation>
    </message>
    <message>
      <source>Standards invoked</source>
      <translation>Применимые стандарты</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Метки</translation>
    </message>
  </context>
  <context>
    <name>Runner</name>
    <message>
      <source>An unexpected error stopped the work (%s). The log file has the details.</source>
      <translation>Работу остановила непредвиденная ошибка (%s). Подробности — в файле журнала.</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Что-то пошло не так</translation>
    </message>
  </context>
  <context>
    <name>SearchPanel</name>
    <message>
      <source>%d records tagged “%s”</source>
      <translation>Записей: %d, с тегом «%s»</translation>
    </message>
    <message>
      <source>%d results for “%s”</source>
      <translation>Результатов: %d по запросу «%s»</translation>
    </message>
    <message>
      <source>Nothing found for “%s”</source>
      <translation>По запросу «%s» ничего не найдено</translation>
    </message>
  </context>
  <context>
    <name>SearchResultsModel</name>
    <message>
      <source>Found in</source>
      <translation>Где найдено</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Interface language:</source>
      <translation>Язык интерфейса:</translation>
    </message>
    <message>
      <source>New documents are written in:</source>
      <translation>Язык новых документов:</translation>
    </message>
    <message>
      <source>Same as the system (%s)</source>
      <translation>Как в системе (%s)</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>The interface language changes as soon as you press OK.</source>
      <translation>Язык интерфейса сменится сразу после нажатия OK.</translation>
    </message>
    <message>
      <source>Your name (recorded on every change):</source>
      <translation>Ваше имя (записывается при каждом изменении):</translation>
    </message>
  </context>
  <context>
    <name>ShareDialog</name>
    <message>
      <source>Bundle:</source>
      <translation>Пакет:</translation>
    </message>
    <message>
      <source>Choose where to write the bundle.</source>
      <translation>Выберите, куда записать пакет.</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Encrypt with a passphrase</source>
      <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
      <source>Enter a passphrase, or untick encryption.</source>
      <translation>Введите парольную фразу или снимите отметку шифрования.</translation>
    </message>
    <message>
      <source>Include confidential evidence and sources</source>
      <translation>Включить конфиденциальные доказательства и источники</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Парольная фраза:</translation>
    </message>
    <message>
      <source>Repeat it:</source>
      <translation>Повторите её:</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Поделиться</translation>
    </message>
    <message>
      <source>Share as</source>
      <translation>Сохранить пакет как</translation>
    </message>
    <message>
      <source>Share with a colleague</source>
      <translation>Поделиться с коллегой</translation>
    </message>
    <message>
      <source>Sharing failed: %s. Nothing was written.</source>
      <translation>Не удалось поделиться: %s. Ничего не записано.</translation>
    </message>
    <message>
      <source>Tell your colleague the passphrase another way (in person, by phone), never in the same message as the file.</source>
      <translation>Сообщите коллеге парольную фразу другим способом (лично, по телефону) и никогда — в одном сообщении с файлом.</translation>
    </message>
    <message>
      <source>The two passphrases differ; type them again.</source>
      <translation>Фразы не совпадают; введите их ещё раз.</translation>
    </message>
    <message>
      <source>Workbench share bundles (*.wbshare)</source>
      <translation>Пакеты Workbench (*.wbshare)</translation>
    </message>
    <message>
      <source>Writing %s…</source>
      <translation>Запись %s…</translation>
    </message>
    <message>
      <source>Wrote a bundle of %d records to %s.</source>
      <translation>Пакет из %d записей записан в %s.</translation>
    </message>
    <message>
      <source>Wrote an encrypted bundle of %d records to %s.</source>
      <translation>Зашифрованный пакет из %d записей записан в %s.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Clear the search</source>
      <translation>Очистить поиск</translation>
    </message>
    <message>
      <source>Close the list of citation keys</source>
      <translation>Закрыть список ключей цитирования</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>Везде</translation>
    </message>
    <message>
      <source>Highlight the next result</source>
      <translation>Выделить следующий результат</translation>
    </message>
    <message>
      <source>Highlight the previous result</source>
      <translation>Выделить предыдущий результат</translation>
    </message>
    <message>
      <source>Keyboard Shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавиши</translation>
    </message>
    <message>
      <source>Links and outline</source>
      <translation>Связи и структура</translation>
    </message>
    <message>
      <source>Move the highlighted entry down</source>
      <translation>Переместить выделенный элемент вниз</translation>
    </message>
    <message>
      <source>Move the highlighted entry up</source>
      <translation>Переместить выделенный элемент вверх</translation>
    </message>
    <message>
      <source>Open the highlighted recommendation</source>
      <translation>Открыть выделенную рекомендацию</translation>
    </message>
    <message>
      <source>Open the highlighted result</source>
      <translation>Открыть выделенный результат</translation>
    </message>
    <message>
      <source>Open the link under the pointer</source>
      <translation>Открыть ссылку под указателем</translation>
    </message>
    <message>
      <source>Rename the highlighted section</source>
      <translation>Переименовать выделенный раздел</translation>
    </message>
    <message>
      <source>Search box</source>
      <translation>Поле поиска</translation>
    </message>
    <message>
      <source>Take the highlighted entry out of the outline</source>
      <translation>Убрать выделенный элемент из структуры</translation>
    </message>
    <message>
      <source>Texts</source>
      <translation>Тексты</translation>
    </message>
  </context>
  <context>
    <name>StatusPanel</name>
    <message>
      <source>By</source>
      <translation>Автор</translation>
    </message>
    <message>
      <source>Note or response</source>
      <translation>Примечание или ответ</translation>
    </message>
    <message>
      <source>Note, or the authority's response</source>
      <translation>Примечание или ответ органа власти</translation>
    </message>
    <message>
      <source>Record status</source>
      <translation>Записать статус</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
  </context>
  <context>
    <name>SubmissionBuilder</name>
    <message>
      <source>Add recommendation</source>
      <translation>Добавить рекомендацию</translation>
    </message>
    <message>
      <source>Add recommendation…</source>
      <translation>Добавить рекомендацию…</translation>
    </message>
    <message>
      <source>Add section</source>
      <translation>Добавить раздел</translation>
    </message>
    <message>
      <source>Add section…</source>
      <translation>Добавить раздел…</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Вниз</translation>
    </message>
    <message>
      <source>Edit section introduction</source>
      <translation>Изменить введение к разделу</translation>
    </message>
    <message>
      <source>Introduction of the highlighted section</source>
      <translation>Введение к выделенному разделу</translation>
    </message>
    <message>
      <source>Introduction of “%s”</source>
      <translation>Введение к «%s»</translation>
    </message>
    <message>
      <source>Move recommendation</source>
      <translation>Переместить рекомендацию</translation>
    </message>
    <message>
      <source>Move section</source>
      <translation>Переместить раздел</translation>
    </message>
    <message>
      <source>Outline</source>
      <translation>Структура</translation>
    </message>
    <message>
      <source>Recommendations</source>
      <translation>Рекомендации</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Убрать</translation>
    </message>
    <message>
      <source>Remove section</source>
      <translation>Удалить раздел</translation>
    </message>
    <message>
      <source>Take recommendation out of section</source>
      <translation>Убрать рекомендацию из раздела</translation>
    </message>
    <message>
      <source>Title:</source>
      <translation>Название:</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Вверх</translation>
    </message>
  </context>
  <context>
    <name>TranslationsField</name>
    <message>
      <source>%1: %2 of %3 texts translated (%4%)</source>
      <translation>%1: переведено %2 из %3 текстов (%4%)</translation>
    </message>
    <message>
      <source>As written</source>
      <translation>Как написано</translation>
    </message>
    <message>
      <source>Current or draft wording</source>
      <translation>Действующая или проектная редакция</translation>
    </message>
    <message>
      <source>Give the editor the window's width while translating</source>
      <translation>Отдать редактору всю ширину окна на время перевода</translation>
    </message>
    <message>
      <source>Introduction of “%s”</source>
      <translation>Введение к «%s»</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Обоснование</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Предлагаемая формулировка</translation>
    </message>
    <message>
      <source>Section “%s”</source>
      <translation>Раздел «%s»</translation>
    </message>
    <message>
      <source>Wide view</source>
      <translation>Широкий вид</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Accept changes from “%s”</source>
      <translation>Принять правки из «%s»</translation>
    </message>
    <message>
      <source>Accepting the changes from “%s” again…</source>
      <translation>Повторное принятие правок из «%s»…</translation>
    </message>
    <message>
      <source>Add proposed wording to “%s”</source>
      <translation>Добавить предлагаемую формулировку к «%s»</translation>
    </message>
    <message>
      <source>Change %s of “%s”</source>
      <translation>Изменение: %s, «%s»</translation>
    </message>
    <message>
      <source>Delete “%s”</source>
      <translation>Удалить «%s»</translation>
    </message>
    <message>
      <source>Edit %s of “%s”</source>
      <translation>Правка: %s, «%s»</translation>
    </message>
    <message>
      <source>Edit proposed wording of “%s”</source>
      <translation>Изменить предлагаемую формулировку «%s»</translation>
    </message>
    <message>
      <source>Import “%s”</source>
      <translation>Импорт «%s»</translation>
    </message>
    <message>
      <source>Importing “%s” again…</source>
      <translation>Повторный импорт «%s»…</translation>
    </message>
    <message>
      <source>Keep comments from “%s” as notes</source>
      <translation>Сохранить комментарии из «%s» как заметки</translation>
    </message>
    <message>
      <source>Keeping the comments from “%s” again…</source>
      <translation>Повторное сохранение комментариев из «%s»…</translation>
    </message>
    <message>
      <source>Link to “%s”</source>
      <translation>Связать с «%s»</translation>
    </message>
    <message>
      <source>Merge from “%s”</source>
      <translation>Объединение с «%s»</translation>
    </message>
    <message>
      <source>Merging again from “%s”…</source>
      <translation>Повторное объединение с «%s»…</translation>
    </message>
    <message>
      <source>New %s</source>
      <translation>Создание: %s</translation>
    </message>
    <message>
      <source>Remove proposed wording from “%s”</source>
      <translation>Удалить предлагаемую формулировку из «%s»</translation>
    </message>
    <message>
      <source>Reopen review note</source>
      <translation>Снова открыть замечание рецензента</translation>
    </message>
    <message>
      <source>Resolve review note</source>
      <translation>Отметить замечание рецензента решённым</translation>
    </message>
    <message>
      <source>Status of “%s”: %s</source>
      <translation>Статус «%s»: %s</translation>
    </message>
    <message>
      <source>Taking back the changes accepted from “%s”…</source>
      <translation>Отмена правок, принятых из «%s»…</translation>
    </message>
    <message>
      <source>Taking back the import of “%s”…</source>
      <translation>Отмена импорта «%s»…</translation>
    </message>
    <message>
      <source>Taking back the merge from “%s”…</source>
      <translation>Отмена объединения с «%s»…</translation>
    </message>
    <message>
      <source>Taking back the notes kept from “%s”…</source>
      <translation>Отмена заметок, сохранённых из «%s»…</translation>
    </message>
    <message>
      <source>Unlink from “%s”</source>
      <translation>Отвязать от «%s»</translation>
    </message>
  </context>
  <context>
    <name>UrlField</name>
    <message>
      <source>Only web addresses (http, https) are opened.</source>
      <translation>Открываются только веб-адреса (http, https).</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Open in the browser (http and https only)</source>
      <translation>Открыть в браузере (только http и https)</translation>
    </message>
  </context>
  <context>
    <name>Values</name>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>accepted</source>
      <translation>принята</translation>
    </message>
    <message>
      <source>adopt</source>
      <translation>принять</translation>
    </message>
    <message>
      <source>always full</source>
      <translation>всегда полностью</translation>
    </message>
    <message>
      <source>amend</source>
      <translation>изменить</translation>
    </message>
    <message>
      <source>article</source>
      <translation>статья</translation>
    </message>
    <message>
      <source>book</source>
      <translation>книга</translation>
    </message>
    <message>
      <source>bylaw</source>
      <translation>подзаконный акт</translation>
    </message>
    <message>
      <source>case</source>
      <translation>дело</translation>
    </message>
    <message>
      <source>chilling effect</source>
      <translation>сдерживающий эффект</translation>
    </message>
    <message>
      <source>code</source>
      <translation>кодекс</translation>
    </message>
    <message>
      <source>confidential</source>
      <translation>конфиденциально</translation>
    </message>
    <message>
      <source>constitution</source>
      <translation>конституция</translation>
    </message>
    <message>
      <source>court decision</source>
      <translation>судебное решение</translation>
    </message>
    <message>
      <source>critical</source>
      <translation>критическая</translation>
    </message>
    <message>
      <source>day</source>
      <translation>день</translation>
    </message>
    <message>
      <source>discrimination</source>
      <translation>дискриминация</translation>
    </message>
    <message>
      <source>disproportionate sanction</source>
      <translation>несоразмерная санкция</translation>
    </message>
    <message>
      <source>draft</source>
      <translation>проект</translation>
    </message>
    <message>
      <source>draft law</source>
      <translation>законопроект</translation>
    </message>
    <message>
      <source>expert statement</source>
      <translation>заключение эксперта</translation>
    </message>
    <message>
      <source>extrajudicial power</source>
      <translation>внесудебные полномочия</translation>
    </message>
    <message>
      <source>final</source>
      <translation>окончательная</translation>
    </message>
    <message>
      <source>full then short</source>
      <translation>сначала полностью, затем кратко</translation>
    </message>
    <message>
      <source>high</source>
      <translation>высокий</translation>
    </message>
    <message>
      <source>implement</source>
      <translation>исполнить</translation>
    </message>
    <message>
      <source>implemented</source>
      <translation>исполнена</translation>
    </message>
    <message>
      <source>in force</source>
      <translation>действует</translation>
    </message>
    <message>
      <source>in review</source>
      <translation>на рассмотрении</translation>
    </message>
    <message>
      <source>inconsistency</source>
      <translation>противоречие</translation>
    </message>
    <message>
      <source>internal</source>
      <translation>для внутреннего пользования</translation>
    </message>
    <message>
      <source>international standard</source>
      <translation>международный стандарт</translation>
    </message>
    <message>
      <source>international standard conflict</source>
      <translation>противоречие международному стандарту</translation>
    </message>
    <message>
      <source>international treaty</source>
      <translation>международный договор</translation>
    </message>
    <message>
      <source>law</source>
      <translation>закон</translation>
    </message>
    <message>
      <source>legal act</source>
      <translation>правовой акт</translation>
    </message>
    <message>
      <source>low</source>
      <translation>низкий</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>средний</translation>
    </message>
    <message>
      <source>monitoring</source>
      <translation>мониторинг</translation>
    </message>
    <message>
      <source>month</source>
      <translation>месяц</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>not in force</source>
      <translation>не действует</translation>
    </message>
    <message>
      <source>official</source>
      <translation>официальный</translation>
    </message>
    <message>
      <source>open</source>
      <translation>открыто</translation>
    </message>
    <message>
      <source>other</source>
      <translation>другое</translation>
    </message>
    <message>
      <source>partly accepted</source>
      <translation>принята частично</translation>
    </message>
    <message>
      <source>policy</source>
      <translation>политика</translation>
    </message>
    <message>
      <source>privacy</source>
      <translation>неприкосновенность частной жизни</translation>
    </message>
    <message>
      <source>procedural</source>
      <translation>процедурный вопрос</translation>
    </message>
    <message>
      <source>proposed</source>
      <translation>предложена</translation>
    </message>
    <message>
      <source>public</source>
      <translation>открыто</translation>
    </message>
    <message>
      <source>ranking</source>
      <translation>рейтинг</translation>
    </message>
    <message>
      <source>reconsider</source>
      <translation>пересмотреть</translation>
    </message>
    <message>
      <source>refrain</source>
      <translation>воздержаться от принятия</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>отклонена</translation>
    </message>
    <message>
      <source>repeal</source>
      <translation>отменить</translation>
    </message>
    <message>
      <source>repealed</source>
      <translation>утратил силу</translation>
    </message>
    <message>
      <source>report</source>
      <translation>доклад</translation>
    </message>
    <message>
      <source>resolved</source>
      <translation>решено</translation>
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
      <translation>направлена</translation>
    </message>
    <message>
      <source>survey</source>
      <translation>опрос</translation>
    </message>
    <message>
      <source>unofficial</source>
      <translation>неофициальный</translation>
    </message>
    <message>
      <source>vagueness</source>
      <translation>неопределённость</translation>
    </message>
    <message>
      <source>web page</source>
      <translation>веб-страница</translation>
    </message>
    <message>
      <source>year</source>
      <translation>год</translation>
    </message>
  </context>
  <context>
    <name>WordingEditor</name>
    <message>
      <source>An instruction, not new wording</source>
      <translation>Указание, а не новая редакция</translation>
    </message>
    <message>
      <source>Current or draft wording</source>
      <translation>Действующая или проектная редакция</translation>
    </message>
    <message>
      <source>Justification</source>
      <translation>Обоснование</translation>
    </message>
    <message>
      <source>No proposed wording yet.</source>
      <translation>Предлагаемой формулировки пока нет.</translation>
    </message>
    <message>
      <source>Propose wording</source>
      <translation>Предложить формулировку</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Предлагаемая формулировка</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Убрать</translation>
    </message>
    <message>
      <source>Remove this proposed wording</source>
      <translation>Удалить эту предлагаемую формулировку</translation>
    </message>
    <message>
      <source>The current wording in other languages is your own translation, not the statute's official text: the document marks it * and says so under the table</source>
      <translation>Действующая редакция на других языках — ваш собственный перевод, а не официальный текст закона: документ отметит её знаком * и укажет это под таблицей</translation>
    </message>
    <message>
      <source>Translations unofficial</source>
      <translation>Переводы неофициальные</translation>
    </message>
    <message>
      <source>Written in square brackets, e.g. [Delete the grounds …]: shown in italics, with no changes marked against the current wording</source>
      <translation>Пишется в квадратных скобках, например [Исключить основания …]: выделяется курсивом, изменения по сравнению с действующей редакцией не отмечаются</translation>
    </message>
  </context>
  <context>
    <name>WordingsPanel</name>
    <message>
      <source>%s (no longer targeted)</source>
      <translation>%s (больше не затрагивается)</translation>
    </message>
    <message>
      <source>Link the provisions this recommendation targets.</source>
      <translation>Свяжите нормы, которых касается эта рекомендация.</translation>
    </message>
    <message>
      <source>Proposed wording</source>
      <translation>Предлагаемая формулировка</translation>
    </message>
  </context>
</TS>
