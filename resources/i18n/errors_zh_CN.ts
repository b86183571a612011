<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/auth.py" line="79"/>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>密码为 {low} 到 {high} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="57"/>
        <source>Choose the kind of service.</source>
        <translation>请选择服务类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="59"/>
        <source>Say what will be done.</source>
        <translation>请填写服务内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="63"/>
        <source>The promised date cannot be in the past.</source>
        <translation>承诺日期不能早于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/refunds.py" line="165"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="355"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="361"/>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="75"/>
        <source>That line is not on this receipt.</source>
        <translation>这张小票上没有该商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/refunds.py" line="211"/>
        <source>Part of this sale was paid by goods given back in an exchange: exchange these goods, or a supervisor records a return without a receipt.</source>
        <translation>这笔销售有一部分是用换货退回的商品抵扣的：请为这些商品办理换货，或由主管办理无小票退货。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="79"/>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="42"/>
        <location filename="../../desktop/memberdesk/services/staff/auth.py" line="183"/>
        <source>No such staff member.</source>
        <translation>没有这位员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="139"/>
        <source>No such service record.</source>
        <translation>没有这条售后记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="143"/>
        <source>This after-sales record is {status} already; it cannot be changed so.</source>
        <translation>这条售后记录已是“{status}”，不能这样更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/auth.py" line="145"/>
        <source>Too many wrong PINs: locked for {minutes} more minutes, or ask a supervisor.</source>
        <translation>密码错误次数过多：账号还将锁定 {minutes} 分钟，或请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/auth.py" line="138"/>
        <source>Too many wrong PINs: locked for {minutes} minutes, or ask a supervisor.</source>
        <translation>密码错误次数过多：账号已锁定 {minutes} 分钟，或请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/auth.py" line="219"/>
        <source>Wrong PIN. {left} tries left before the account locks.</source>
        <translation>密码错误。再错 {left} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="91"/>
        <source>Nobody unlocks their own account: ask a supervisor or the manager.</source>
        <translation>不能自己解锁自己的账号：请找主管或店长。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="95"/>
        <source>Only the manager may unlock an account of a higher role than yours.</source>
        <translation>比您职位高的账号只能由店长解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="102"/>
        <location filename="../../desktop/memberdesk/services/staff/auth.py" line="153"/>
        <source>This account is locked until the manager unlocks it.</source>
        <translation>此账号已锁定，需店长解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="113"/>
        <source>{name} is not locked: nothing to unlock.</source>
        <translation>{name} 的账号没有被锁定，无需解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="182"/>
        <source>Staff number and name are required.</source>
        <translation>工号和姓名必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="189"/>
        <source>Staff number {code} is taken.</source>
        <translation>工号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="210"/>
        <source>Change your own PIN under “My PIN”, with your current PIN.</source>
        <translation>修改自己的密码请在“我的密码”中输入当前密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/accounts.py" line="226"/>
        <source>Nobody closes their own account: ask another manager.</source>
        <translation>不能停用自己的账号：请找另一位店长。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/auth.py" line="311"/>
        <source>The current PIN is wrong. {left} tries left before the account locks.</source>
        <translation>当前密码不正确。再错 {left} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/backups.py" line="42"/>
        <source>A server database is backed up on the server, not from the counter.</source>
        <translation>服务器数据库请在服务器上备份，不能在服务台备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/backups.py" line="48"/>
        <source>Cannot write a backup to {folder}: {error}</source>
        <translation>无法把备份写入 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/backups.py" line="66"/>
        <source>Keep between 1 and 365 backups.</source>
        <translation>保留的备份数须在 1 到 365 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/permissions.py" line="99"/>
        <source>Your role may not do this. Ask a supervisor or the manager.</source>
        <translation>您的角色无权进行此操作，请找主管或店长。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/setup.py" line="26"/>
        <source>Store code and name are required.</source>
        <translation>门店编号和名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/staff/setup.py" line="29"/>
        <source>The manager&apos;s name and staff number are required.</source>
        <translation>店长的姓名和工号必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/cards.py" line="183"/>
        <location filename="../../desktop/memberdesk/services/care/cards.py" line="292"/>
        <source>Unknown kind of card: {kind}.</source>
        <translation>未知的贺卡类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/cards.py" line="255"/>
        <location filename="../../desktop/memberdesk/services/care/cards.py" line="296"/>
        <location filename="../../desktop/memberdesk/services/members/card.py" line="405"/>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="397"/>
        <location filename="../../desktop/memberdesk/services/members/erase.py" line="54"/>
        <location filename="../../desktop/memberdesk/services/members/sheet.py" line="53"/>
        <source>Member {id} was not found.</source>
        <translation>没有找到会员 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/cards.py" line="302"/>
        <source>No birthday is on file for this member: add it with Edit member (F4).</source>
        <translation>该会员未登记生日：请按 F4 修改资料补上生日。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/cards.py" line="309"/>
        <source>Choose a child whose birthday is on file.</source>
        <translation>请选择已登记生日的子女。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/analytics/figures.py" line="60"/>
        <location filename="../../desktop/memberdesk/services/care/calendar.py" line="97"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/calendar.py" line="101"/>
        <source>Choose at most {days} days at a time.</source>
        <translation>一次最多选择 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/calendar.py" line="423"/>
        <source>The note is too long (200 characters at most).</source>
        <translation>备注太长（最多 200 个字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/calendar.py" line="431"/>
        <source>Care task {id} was not found.</source>
        <translation>没有找到关怀事项 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="62"/>
        <source>The text holds a hidden direction mark ({code}) that makes it show in another order than it is stored; type it again without it.</source>
        <translation>文字里有隐藏的方向控制符（{code}），会让文字显示的顺序和实际保存的不同，请去掉后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="71"/>
        <source>The text holds an invisible control character ({code}); type it again without it.</source>
        <translation>文字里有看不见的控制字符（{code}），请去掉后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="81"/>
        <source>“{text}” starts with “{char}”, which a spreadsheet runs as a formula: remove that character.</source>
        <translation>“{text}”以“{char}”开头，表格软件会把它当作公式执行，请去掉这个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="149"/>
        <source>The phone number is required: type the member&apos;s mobile number.</source>
        <translation>电话号码为必填项：请输入会员的手机号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="156"/>
        <source>“{phone}” is not a phone number: a mainland mobile has 11 digits starting with 13-19; other numbers start with + and the country code.</source>
        <translation>“{phone}”不是有效的电话号码：大陆手机号为 13-19 开头的 11 位数字；其他号码请以 + 和国家代码开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="171"/>
        <source>Enter the member&apos;s name.</source>
        <translation>请填写会员姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="174"/>
        <source>The name is too long (at most {max} characters).</source>
        <translation>姓名太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="185"/>
        <source>“{card}” is not a card number: use 6-20 letters and digits.</source>
        <translation>“{card}”不是有效的会员卡号：请使用 6-20 位字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="197"/>
        <source>The birthday {date} is not possible.</source>
        <translation>生日 {date} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/erase.py" line="78"/>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="108"/>
        <location filename="../../desktop/memberdesk/services/members/forms.py" line="211"/>
        <location filename="../../desktop/memberdesk/services/service/aftersales.py" line="134"/>
        <source>Too long: at most {max} characters.</source>
        <translation>太长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="89"/>
        <source>The file {file} is larger than {mb} MB; split it into smaller files.</source>
        <translation>文件 {file} 超过 {mb} MB，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="99"/>
        <source>The file {file} cannot be opened: check that it exists, that you may read it, and close it in Excel or WPS first.</source>
        <translation>无法打开文件 {file}：请确认文件存在、您有权限读取，并先在 Excel 或 WPS 中关闭它。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="107"/>
        <source>The file {file} is empty.</source>
        <translation>文件 {file} 是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="114"/>
        <source>{file} is an Excel 97-2003 (.xls) or password-protected workbook, which is not read. Open it in Excel or WPS, remove any password, choose File &gt; Save As &gt; Excel Workbook (.xlsx), and import the new file.</source>
        <translation>{file} 是 Excel 97-2003 (.xls) 格式或设有密码的工作簿，无法读取。请在 Excel 或 WPS 中打开，取消密码，选择“文件 &gt; 另存为 &gt; Excel 工作簿 (.xlsx)”，再导入新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="127"/>
        <source>{file} is not a spreadsheet: import an .xlsx or .csv file.</source>
        <translation>{file} 不是表格文件，请导入 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="135"/>
        <source>The workbook {file} is damaged and cannot be read. Open it in Excel or WPS, save it again as .xlsx, and import the new file.</source>
        <translation>工作簿 {file} 已损坏，无法读取。请在 Excel 或 WPS 中打开，重新另存为 .xlsx，再导入新文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="158"/>
        <source>The file&apos;s text encoding is not UTF-8 or GBK; save it as CSV UTF-8.</source>
        <translation>文件编码不是 UTF-8 或 GBK，请另存为 CSV UTF-8 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="188"/>
        <source>The file {file} has more than {rows} rows; split it into smaller files.</source>
        <translation>文件 {file} 超过 {rows} 行，请拆分成几个较小的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/spreadsheet_file.py" line="258"/>
        <source>The workbook {file} has no sheet “{sheet}”; its sheets are: {sheets}.</source>
        <translation>工作簿 {file} 中没有工作表“{sheet}”；现有工作表：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_rows.py" line="156"/>
        <source>The file has no member rows.</source>
        <translation>文件中没有会员数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="178"/>
        <source>“{value}” is neither yes (是) nor no (否).</source>
        <translation>“{value}”不是“是”也不是“否”。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="199"/>
        <source>“{value}” is not a date (write 1990-05-31).</source>
        <translation>“{value}”不是日期（请写成 1990-05-31）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="219"/>
        <source>“{value}” is not a number of points (a whole number, 0 to {high}).</source>
        <translation>“{value}”不是有效的积分（须为 0 到 {high} 的整数）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="243"/>
        <source>“{value}” is not a stored-value amount (yuan with at most two decimals, 0 to {high}).</source>
        <translation>“{value}”不是有效的储值金额（以元计，最多两位小数，0 至 {high}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="261"/>
        <source>“{value}” is not a tier: use 普通, 银卡, 金卡 or VIP.</source>
        <translation>“{value}”不是会员等级，请填写 普通、银卡、金卡 或 VIP。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="286"/>
        <source>More than {max} children in one row.</source>
        <translation>一行中的子女超过 {max} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="314"/>
        <source>A cell in column {column} is longer than {max} characters.</source>
        <translation>第 {column} 列的单元格超过 {max} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="362"/>
        <source>The member-since date {date} is not possible.</source>
        <translation>入会日期 {date} 不合理。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_rows.py" line="129"/>
        <source>No {column} column found on sheet “{sheet}”; choose the sheet ({sheets}) or the column.</source>
        <translation>工作表“{sheet}”中没有找到 {column} 列；请选择工作表（{sheets}）或指定该列。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_rows.py" line="139"/>
        <source>No {column} column found; choose it in the column mapping.</source>
        <translation>没有找到“{column}”列，请在列对应中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_rows.py" line="228"/>
        <source>The same phone as row {row}.</source>
        <translation>与第 {row} 行的电话相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_rows.py" line="234"/>
        <source>The same card number as row {row}.</source>
        <translation>卡号与第 {row} 行相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_rows.py" line="150"/>
        <source>The sheet “{sheet}” has no member rows; the sheets are: {sheets}.</source>
        <translation>工作表“{sheet}”中没有会员数据；现有工作表：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="63"/>
        <source>This phone belongs to member {name} already.</source>
        <translation>此电话已属于会员 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="75"/>
        <source>{name} with the same phone ending is already a member. Save anyway?</source>
        <translation>已有同名且电话尾号相同的会员 {name}，仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="148"/>
        <source>Choose the referring member from the search.</source>
        <translation>请通过搜索选择推荐人会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="152"/>
        <source>Choose the referring staff member.</source>
        <translation>请选择推荐的员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_plan.py" line="180"/>
        <source>On file as {name} ({card}); left as it is.</source>
        <translation>已是会员 {name}（{card}），保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_plan.py" line="181"/>
        <source>On file as {name} ({card}), who has everything this row holds.</source>
        <translation>已是会员 {name}（{card}），这一行的资料会员都已有。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_plan.py" line="184"/>
        <source>The membership of {name} ({card}) with this phone is closed; left as it is.</source>
        <translation>这个手机号的会员 {name}（{card}）已销卡，保持原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_plan.py" line="187"/>
        <source>This phone belongs to a member of another store; it is neither added nor changed.</source>
        <translation>这个手机号属于其他门店的会员，不添加也不修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_plan.py" line="190"/>
        <source>This phone is being imported by another import right now.</source>
        <translation>另一次导入正在导入这个手机号。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_plan.py" line="191"/>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="165"/>
        <source>Card number {card} is already in use.</source>
        <translation>会员卡号 {card} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="369"/>
        <source>This membership is closed; it cannot be edited.</source>
        <translation>该会员已注销，无法修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="534"/>
        <source>Record the member&apos;s consent before storing ethnicity, religion or income.</source>
        <translation>保存民族、宗教或收入之前，请先记录会员的同意。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/enrolment.py" line="565"/>
        <source>The store has no manager account.</source>
        <translation>本店还没有店长账号。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/catalogue.py" line="89"/>
        <source>The file has no “{column}” column.</source>
        <translation>文件缺少“{column}”列。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/catalogue.py" line="112"/>
        <source>Row {row}: SKU and name are required.</source>
        <translation>第 {row} 行：货号和品名必填。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/catalogue.py" line="118"/>
        <source>Row {row}: the price is not valid.</source>
        <translation>第 {row} 行：价格无效。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="77"/>
        <source>Points are a whole number, not zero, at most {high}.</source>
        <translation>积分须为非零整数，最多 {high}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="239"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="513"/>
        <source>The stored-value balance is only {balance}.</source>
        <translation>储值余额只有 {balance}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="286"/>
        <source>That sale was not paid by stored value.</source>
        <translation>这笔销售没有用储值支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/import_columns.py" line="370"/>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="338"/>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="399"/>
        <source>A stored-value balance is at most {high}.</source>
        <translation>储值余额最多 {high}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="362"/>
        <source>Choose how the money is paid: cash, WeChat, Alipay or bank card.</source>
        <translation>请选择付款方式：现金、微信、支付宝或银行卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="387"/>
        <source>This store does not take stored value.</source>
        <translation>本店未开通储值。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="391"/>
        <source>A top-up is at least {low}.</source>
        <translation>每次充值至少 {low}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="448"/>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="90"/>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="341"/>
        <source>Give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="454"/>
        <source>Only the principal paid in can be paid back: {principal}.</source>
        <translation>只能退还充值本金：{principal}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="30"/>
        <source>No such coupon.</source>
        <translation>没有这张优惠券。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="79"/>
        <source>Give the coupon a name.</source>
        <translation>请给优惠券起个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="102"/>
        <source>Say how long the coupon is valid: a last day, or a number of days.</source>
        <translation>请填写有效期：截止日期，或领取后有效天数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="107"/>
        <source>The last day is before the first.</source>
        <translation>截止日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/coupons.py" line="127"/>
        <source>Choose the birthday month or the birthday week.</source>
        <translation>请选择生日当月或生日当周。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="123"/>
        <source>Give the campaign a name.</source>
        <translation>请给活动起个名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="127"/>
        <source>Choose what kind of campaign it is.</source>
        <translation>请选择活动类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="130"/>
        <source>Write the campaign&apos;s message.</source>
        <translation>请填写活动短信内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="133"/>
        <source>The message is longer than {limit} characters.</source>
        <translation>短信内容超过 {limit} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="138"/>
        <source>The campaign ends before it starts.</source>
        <translation>活动结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="141"/>
        <source>The control group is 0 to {limit} per cent of the members.</source>
        <translation>对照组占会员的 0 至 {limit}%。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="146"/>
        <source>The seed is a whole number from 0.</source>
        <translation>随机种子须为 0 以上的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="169"/>
        <location filename="../../desktop/memberdesk/services/care/coupons.py" line="135"/>
        <location filename="../../desktop/memberdesk/services/money/coupon_templates.py" line="26"/>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="180"/>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="240"/>
        <source>No such coupon template.</source>
        <translation>没有这种优惠券。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="172"/>
        <source>A campaign named “{name}” exists already.</source>
        <translation>已有名为“{name}”的活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="192"/>
        <source>There is no campaign “{name}”.</source>
        <translation>没有名为“{name}”的活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="185"/>
        <source>This coupon is no longer valid.</source>
        <translation>这种优惠券已过有效期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="243"/>
        <source>Choose between 1 and {high} members.</source>
        <translation>请选择 1 到 {high} 位会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="247"/>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="260"/>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="62"/>
        <location filename="../../desktop/memberdesk/services/money/wallet.py" line="45"/>
        <location filename="../../desktop/memberdesk/services/sales/extras.py" line="65"/>
        <location filename="../../desktop/memberdesk/services/sales/history.py" line="58"/>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="91"/>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="105"/>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="112"/>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="160"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="418"/>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="143"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="428"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="433"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="492"/>
        <source>No such member.</source>
        <translation>没有这位会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="318"/>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="347"/>
        <source>This coupon has already been used.</source>
        <translation>这张优惠券已经用过了。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="320"/>
        <source>This coupon is valid from {start} to {end}.</source>
        <translation>这张优惠券的有效期是 {start} 至 {end}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="322"/>
        <source>This coupon belongs to another member.</source>
        <translation>这张优惠券属于另一位会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="324"/>
        <source>This coupon is for members of another tier.</source>
        <translation>这张优惠券只限其他等级的会员使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="326"/>
        <source>None of the goods in the cart is of this coupon&apos;s categories.</source>
        <translation>购物车里没有这张优惠券适用品类的商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="328"/>
        <source>The goods in the cart do not reach this coupon&apos;s minimum spend.</source>
        <translation>购物车中的商品未达到这张优惠券的使用门槛。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="115"/>
        <source>This member&apos;s birthday is not on file.</source>
        <translation>该会员档案中没有生日。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="119"/>
        <source>The store gives no birthday points.</source>
        <translation>本店不赠送生日积分。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/points.py" line="164"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="318"/>
        <source>The member has only {balance} points.</source>
        <translation>该会员只有 {balance} 积分。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="176"/>
        <source>No sale with receipt number {no}.</source>
        <translation>没有小票号为 {no} 的销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="181"/>
        <source>This sale was voided.</source>
        <translation>此单已作废。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="185"/>
        <source>A supervisor must approve this return with their PIN.</source>
        <translation>此退货须由主管输入密码批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="188"/>
        <source>Nobody approves their own return: another supervisor must type their PIN.</source>
        <translation>不能审批自己办理的退货：请另一位主管输入密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/exchange.py" line="86"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="230"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="417"/>
        <source>Choose the return type.</source>
        <translation>请选择退货类型。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/exchange.py" line="89"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="233"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="420"/>
        <source>Say why the goods are returned.</source>
        <translation>请填写退货原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="368"/>
        <source>Choose what is returned.</source>
        <translation>请选择退货商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="438"/>
        <source>A refund of {refund} without a receipt is above the limit of {limit}: another supervisor must approve it with their PIN.</source>
        <translation>无小票退款 {refund} 超过限额 {limit}：须由另一位主管输入密码审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/refunds.py" line="169"/>
        <source>Only {left} of “{item}” can still be returned.</source>
        <translation>“{item}”最多还能退 {left} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="375"/>
        <source>The sale is {age} days old, past the {window}-day return window: a supervisor must approve this return with their PIN.</source>
        <translation>该笔销售已过 {age} 天，超过 {window} 天的退货期限：须由主管输入密码审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="385"/>
        <source>With this return the sale has refunded {refunded}, above the limit of {limit}: a supervisor must approve this return with their PIN.</source>
        <translation>加上本次退货，该笔销售累计退款 {refunded}，超过 {limit} 的限额：须由主管输入密码审批。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="443"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="465"/>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="423"/>
        <source>Describe what was sold.</source>
        <translation>请填写品名。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/returns.py" line="426"/>
        <source>Choose how the refund is paid.</source>
        <translation>请选择退款方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaint_rules.py" line="82"/>
        <source>The time to resolve cannot be shorter than the time to take a complaint.</source>
        <translation>处理完毕时限不能短于主管接手时限。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaint_rules.py" line="86"/>
        <source>A supervisor&apos;s limit cannot be lower than a clerk&apos;s.</source>
        <translation>主管的补偿上限不能低于店员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="92"/>
        <location filename="../../desktop/memberdesk/services/money/coupons.py" line="96"/>
        <location filename="../../desktop/memberdesk/services/money/rules.py" line="66"/>
        <location filename="../../desktop/memberdesk/services/rewards/expiry.py" line="55"/>
        <location filename="../../desktop/memberdesk/services/sales/member_rules.py" line="109"/>
        <location filename="../../desktop/memberdesk/services/sales/rules.py" line="83"/>
        <location filename="../../desktop/memberdesk/services/service/complaint_rules.py" line="87"/>
        <source>This rule is out of range: {rule}.</source>
        <translation>此规则超出范围：{rule}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/extras.py" line="61"/>
        <source>Enter a size of at most 16 characters.</source>
        <translation>尺码最多 16 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/receipts.py" line="40"/>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="342"/>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="347"/>
        <source>No such sale.</source>
        <translation>没有这笔销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/receipts.py" line="121"/>
        <source>No such return.</source>
        <translation>没有这笔退货。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="22"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="548"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="23"/>
        <source>“{text}” is not an amount of money.</source>
        <translation>“{text}”不是有效金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="24"/>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="25"/>
        <source>The amount cannot be zero.</source>
        <translation>金额不能为零。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="26"/>
        <source>At most two decimals (fen).</source>
        <translation>最多两位小数（分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="27"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="334"/>
        <source>“{text}” is far too large for a sale.</source>
        <translation>“{text}”金额过大。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="67"/>
        <source>A quantity is a whole number from 1 to {high}.</source>
        <translation>数量须为 1 到 {high} 的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/common/inputs.py" line="81"/>
        <source>Points are a whole number from 0 to {high}.</source>
        <translation>积分须为 0 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="451"/>
        <source>No product with code {code} in the catalogue.</source>
        <translation>商品目录中没有编码 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="461"/>
        <source>Enter the price.</source>
        <translation>请输入单价。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="63"/>
        <source>A discount must be less than the amount it is taken from.</source>
        <translation>优惠必须小于所减的金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="328"/>
        <source>Points may pay for less than the whole amount.</source>
        <translation>积分抵扣金额须少于应付总额。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="389"/>
        <source>Cash was tendered, but nothing is paid in cash.</source>
        <translation>填写了实收现金，但没有现金支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="393"/>
        <source>The cash tendered ({tendered}) is less than the cash due ({cash}).</source>
        <translation>实收现金（{tendered}）少于应收现金（{cash}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="415"/>
        <source>Only a member can redeem points.</source>
        <translation>只有会员可以用积分抵扣。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="474"/>
        <source>“{size}” is not a size of {item}: it comes in {sizes}.</source>
        <translation>“{size}”不是{item}的尺码：可选 {sizes}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="522"/>
        <source>A sale is paid in at most {high} parts.</source>
        <translation>一笔销售最多分 {high} 种方式支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/exchange.py" line="93"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="531"/>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="149"/>
        <source>Choose how the customer pays.</source>
        <translation>请选择顾客的支付方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="535"/>
        <source>Only a member can pay from a stored-value balance.</source>
        <translation>只有会员才能用储值余额支付。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="540"/>
        <source>One balance pays once in a sale: the member&apos;s stored value or a gift card.</source>
        <translation>一单只能用一种余额付一次：会员储值或礼品卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="290"/>
        <source>A sale needs at least one line.</source>
        <translation>销售至少需要一行商品。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="287"/>
        <source>A sale has at most {high} lines.</source>
        <translation>一笔销售最多 {high} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="382"/>
        <source>The payments add up to {paid}, but the total is {total}.</source>
        <translation>支付合计 {paid}，但应付 {total}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="349"/>
        <source>This sale is already voided.</source>
        <translation>此单已作废。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="352"/>
        <source>Goods of this sale were returned; it cannot be voided.</source>
        <translation>此单已有退货，不能作废。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/recording.py" line="356"/>
        <source>Only a sale of today can be voided; record a return.</source>
        <translation>只能作废当天的销售；请登记退货。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/suggestions.py" line="27"/>
        <source>Write down the suggestion.</source>
        <translation>请填写建议内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="70"/>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="80"/>
        <location filename="../../desktop/memberdesk/services/service/satisfaction.py" line="49"/>
        <location filename="../../desktop/memberdesk/services/service/suggestions.py" line="31"/>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="142"/>
        <source>At most {high} characters.</source>
        <translation>最多 {high} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="89"/>
        <source>This is not a mobile phone number: {text}.</source>
        <translation>这不是手机号码：{text}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="95"/>
        <source>For a customer who is not a member, write down a name or a phone to call back.</source>
        <translation>顾客不是会员时，请留下姓名或电话，以便回访。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="116"/>
        <source>No sale or return has the number {number}.</source>
        <translation>没有单号为 {number} 的销售或退货。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="123"/>
        <source>Receipt {number} belongs to another member.</source>
        <translation>小票 {number} 属于另一位会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="138"/>
        <source>Choose what the complaint is about.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="141"/>
        <source>Choose how serious it is.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="146"/>
        <source>Write down what happened.</source>
        <translation>请写下发生了什么。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="153"/>
        <location filename="../../desktop/memberdesk/services/service/satisfaction.py" line="54"/>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="58"/>
        <source>This member no longer exists.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="190"/>
        <source>This complaint has moved on meanwhile (perhaps at another counter). Look at it again.</source>
        <translation>这条投诉刚刚有了变化（可能在另一个柜台处理），请重新查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="233"/>
        <source>Compensation above your limit needs the manager&apos;s PIN.</source>
        <translation>补偿超过您的限额，需要店长输入密码批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="284"/>
        <source>Write down how it was resolved.</source>
        <translation>请写下处理结果。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="289"/>
        <source>Compensation above {limit} is not possible at the counter.</source>
        <translation>柜台不能给出超过 {limit} 的补偿。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="303"/>
        <source>A supervisor is handling this complaint; leave it to them.</source>
        <translation>主管正在处理这条投诉，请交给主管处理。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="344"/>
        <source>Write down how you followed up and what the customer said.</source>
        <translation>请写下回访方式和顾客的回答。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="348"/>
        <location filename="../../desktop/memberdesk/services/service/satisfaction.py" line="25"/>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="135"/>
        <source>Give a rating from {low} to {high}.</source>
        <translation>请打 {low} 到 {high} 分。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="378"/>
        <source>Write the note first.</source>
        <translation>请先写备注。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaint_queue.py" line="214"/>
        <location filename="../../desktop/memberdesk/services/service/complaints.py" line="187"/>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="75"/>
        <source>This complaint no longer exists.</source>
        <translation>这条投诉已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="50"/>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="151"/>
        <source>This workflow run no longer exists.</source>
        <translation>这次流程记录已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="52"/>
        <source>This workflow has already ended.</source>
        <translation>这个流程已经结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="111"/>
        <source>The step&apos;s start time is not valid.</source>
        <translation>这一步的开始时间无效。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="116"/>
        <source>Fill in the answer, or skip the step.</source>
        <translation>请填写答案，或跳过这一步。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/workflow_runs.py" line="140"/>
        <source>A workflow ends as completed or left.</source>
        <translation>流程只能以完成或离开结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="130"/>
        <source>Choose one of the answers.</source>
        <translation>请选择一个答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="268"/>
        <location filename="../../desktop/memberdesk/workflows/library.py" line="57"/>
        <source>The file is too large for a workflow (at most {limit} characters).</source>
        <translation>文件太大，不能作为服务流程（最多 {limit} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="275"/>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="283"/>
        <source>Lists and tables are nested too deeply (more than {limit} levels).</source>
        <translation>列表和表格嵌套太深（超过 {limit} 层）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="290"/>
        <source>This is not valid TOML: {reason}.</source>
        <translation>这不是有效的 TOML：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="311"/>
        <source>Unknown setting “{name}”; allowed: {allowed}.</source>
        <translation>未知的设置“{name}”；可用的有：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="320"/>
        <source>{what} needs a key of lower-case letters, digits and _ that starts with a letter.</source>
        <translation>{what} 需要一个 key：小写字母、数字和 _，以字母开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="336"/>
        <source>{what} needs its words: zh_CN = &quot;…&quot; and en = &quot;…&quot;.</source>
        <translation>{what} 缺少文字：zh_CN = &quot;…&quot; 和 en = &quot;…&quot;。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="344"/>
        <source>{what} must be words in quotes.</source>
        <translation>{what} 必须是引号中的文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="351"/>
        <source>{what} is empty.</source>
        <translation>{what} 是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="360"/>
        <source>Braces must come in pairs, like {{greeting}}: {words}</source>
        <translation>大括号必须成对，例如 {{greeting}}：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="367"/>
        <source>Unknown fact {{{name}}}; known: {known}.</source>
        <translation>未知的会员信息 {{{name}}}；可用的有：{known}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="374"/>
        <source>A workflow about the staff member mentions no customer: remove {{{name}}}.</source>
        <translation>员工自查的流程不涉及顾客：请删去 {{{name}}}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="387"/>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="395"/>
        <source>Phrases are lists of words in quotes.</source>
        <translation>话术是引号中文字的列表。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="407"/>
        <source>An input is a table with a kind.</source>
        <translation>input 必须是带 kind 的表。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="413"/>
        <source>An input&apos;s kind is one of: {kinds}.</source>
        <translation>input 的 kind 只能是：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="420"/>
        <source>A choice needs at least two options.</source>
        <translation>选择题至少需要两个选项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="425"/>
        <source>Each option needs a key and its words.</source>
        <translation>每个选项都需要 key 和文字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="431"/>
        <source>Two options have the same key.</source>
        <translation>有两个选项的 key 相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="437"/>
        <source>A rating goes from low to high within 0 to 10.</source>
        <translation>评分从 low 到 high，范围在 0 到 10 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="445"/>
        <source>A step is a [[steps]] table.</source>
        <translation>每一步必须是 [[steps]] 表。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="450"/>
        <source>Step “{step}” has no prompt.</source>
        <translation>步骤“{step}”没有提示（prompt）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="458"/>
        <source>Unknown action “{action}”; known: {known}.</source>
        <translation>未知的操作“{action}”；可用的有：{known}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="470"/>
        <source>about is one of: {allowed}.</source>
        <translation>about 只能是以下之一：{allowed}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="479"/>
        <source>order is a whole number.</source>
        <translation>order 必须是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="484"/>
        <source>A workflow needs at least one [[steps]].</source>
        <translation>流程至少需要一个 [[steps]]。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/definition.py" line="492"/>
        <source>Two steps have the key “{step}”.</source>
        <translation>有两个步骤的 key 都是“{step}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/library.py" line="65"/>
        <source>Save the file as UTF-8 text.</source>
        <translation>请把文件保存为 UTF-8 文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/library.py" line="68"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>无法读取文件：{reason}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/workflows/library.py" line="90"/>
        <source>Another file in this folder already has the key {key}.</source>
        <translation>这个文件夹中另一个文件已经使用了 key {key}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/erase.py" line="48"/>
        <source>Only the store manager may erase a member&apos;s data.</source>
        <translation>只有店长可以删除会员资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/erase.py" line="56"/>
        <source>This membership is closed already.</source>
        <translation>该会员已注销。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/erase.py" line="84"/>
        <source>Type the member&apos;s card number exactly to confirm.</source>
        <translation>请准确输入会员卡号以确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/store/database.py" line="85"/>
        <source>Another counter is saving right now. Try again in a moment.</source>
        <translation>另一台收银台正在保存，请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/store/database.py" line="86"/>
        <source>The disk is full: nothing was saved. Free some space on the disk, then try again.</source>
        <translation>磁盘已满：本次内容未保存。请先清理磁盘空间，然后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/signature.py" line="112"/>
        <source>Set the SMS signature in Settings → Greeting cards first.</source>
        <translation>请先在“设置 → 贺卡”中设置短信签名。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/signature.py" line="45"/>
        <source>The SMS signature cannot have spaces: Chinese characters, letters and digits only.</source>
        <translation>短信签名不能有空格：只能使用汉字、字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/signature.py" line="52"/>
        <source>“{char}” cannot be in the SMS signature: Chinese characters, letters and digits only.</source>
        <translation>短信签名不能含有“{char}”：只能使用汉字、字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care/signature.py" line="61"/>
        <source>The SMS signature must be {shortest} to {longest} characters long (now {count}).</source>
        <translation>短信签名须为 {shortest} 至 {longest} 个字（现在是 {count} 个）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="40"/>
        <location filename="../../desktop/memberdesk/services/sales/pricing.py" line="509"/>
        <source>This member has no stored-value balance.</source>
        <translation>这位会员没有储值账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="47"/>
        <source>The member&apos;s PIN is {length} digits.</source>
        <translation>会员支付密码为 {length} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="71"/>
        <source>The old PIN is not right.</source>
        <translation>原密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="111"/>
        <source>Scan the member&apos;s own card to pay from the balance.</source>
        <translation>用储值支付，请扫会员本人的会员卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="124"/>
        <source>The member has not chosen a PIN for the balance yet.</source>
        <translation>这位会员还没有设置储值支付密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="130"/>
        <source>Too many wrong PINs: the balance is locked for {minutes} more minutes.</source>
        <translation>支付密码错误次数过多：储值还要锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="147"/>
        <source>Too many wrong PINs: the balance is locked for {minutes} minutes.</source>
        <translation>支付密码错误次数过多：储值锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/presence.py" line="155"/>
        <source>Wrong member PIN. {left} tries left before the balance locks.</source>
        <translation>会员支付密码错误。再错 {left} 次储值将被锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/io/export_rule.py" line="31"/>
        <source>This file holds members&apos; phone numbers or sensitive data: the manager approves it with their PIN.</source>
        <translation>这个文件含会员手机号或敏感信息，须由店长输入密码批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/rewards/birthday.py" line="27"/>
        <source>{name} already had this year&apos;s birthday points ({year}).</source>
        <translation>{name}今年（{year}）的生日积分已经送过了。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/drawer.py" line="70"/>
        <source>Say why the drawer is opened.</source>
        <translation>请填写开钱箱的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/drawer.py" line="73"/>
        <source>The reason is at most {n} characters.</source>
        <translation>原因最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/drawer.py" line="80"/>
        <source>Opening the drawer without a sale needs a supervisor&apos;s PIN.</source>
        <translation>非收款开钱箱需要主管输入密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/drawer.py" line="90"/>
        <source>Only a supervisor or the manager may open the drawer.</source>
        <translation>只有主管或店长可以开钱箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/drawer.py" line="109"/>
        <source>No cash drawer is set up on this counter.</source>
        <translation>本收银台没有设置钱箱。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/papers.py" line="20"/>
        <source>No sale has the receipt number {no}.</source>
        <translation>没有小票号为 {no} 的销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/printer.py" line="70"/>
        <source>“{address}” is not a printer address. Type tcp://HOST:9100, usb:VID:PID or serial:DEVICE, or none.</source>
        <translation>“{address}”不是打印机地址。请填写 tcp://地址:9100、usb:厂商号:产品号 或 serial:串口，不用小票机请填 none。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/printer.py" line="134"/>
        <source>The printer {address} did not print: {why}</source>
        <translation>打印机 {address} 没有打印：{why}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/printer.py" line="154"/>
        <source>No thermal printer is set up ({address}).</source>
        <translation>本收银台没有设置小票机（{address}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/printer.py" line="180"/>
        <source>The printer {address} stopped answering: nothing printed after that.</source>
        <translation>打印机 {address} 中途没有响应，之后的内容没有打印。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/printer.py" line="187"/>
        <source>Nothing answers at {address}: is the printer on and plugged in?</source>
        <translation>{address} 没有响应：请检查打印机是否开机、线是否插好。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/printer.py" line="192"/>
        <source>The printer {address} is out of paper.</source>
        <translation>打印机 {address} 缺纸。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/printer.py" line="195"/>
        <source>The printer {address} is offline: is its cover open?</source>
        <translation>打印机 {address} 离线：请检查纸仓盖是否盖好。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/devices/setup.py" line="80"/>
        <source>Choose how the printer prints Chinese.</source>
        <translation>请选择打印机打印中文的方式。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/cart_money.py" line="48"/>
        <source>Each coupon is applied once, by its code.</source>
        <translation>每张优惠券按券码只能用一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/cart_money.py" line="52"/>
        <source>A sale takes at most {high} coupons.</source>
        <translation>一笔销售最多用 {high} 张优惠券。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/cart_money.py" line="85"/>
        <source>Coupon “{name}” cannot be combined with another coupon.</source>
        <translation>优惠券“{name}”不能与其他优惠券同时使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="50"/>
        <source>This shift was just closed at another counter.</source>
        <translation>这个班次刚在另一台收银台交班了。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="51"/>
        <source>No shift is open at this till: open one with its float.</source>
        <translation>本收银台没有未交班的班次：请先输入备用金开班。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="57"/>
        <source>Name this till.</source>
        <translation>请填写收银台名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="88"/>
        <source>A shift is already open at this till.</source>
        <translation>本收银台已有班次在进行中。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="200"/>
        <source>The shift opened later than now.</source>
        <translation>班次的开班时间晚于现在。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="207"/>
        <source>The cash is {difference} off: say why.</source>
        <translation>现金差额 {difference}：请填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="213"/>
        <source>The next float cannot be more than the cash counted.</source>
        <translation>留给下一班的备用金不能多于实点现金。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/shift.py" line="273"/>
        <source>No such closed shift.</source>
        <translation>没有这个已交班的班次。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/liability.py" line="69"/>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaint_coupons.py" line="60"/>
        <source>A compensation coupon needs an amount.</source>
        <translation>补偿购物券需要填写金额。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/service/complaint_coupons.py" line="64"/>
        <source>A coupon is valid for 1 to {high} days.</source>
        <translation>购物券有效期为 1 至 {high} 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/sales/history.py" line="83"/>
        <source>No sale with this receipt number.</source>
        <translation>没有这个小票号的销售。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/gift_cards.py" line="33"/>
        <source>No gift card has the code {code}.</source>
        <translation>没有卡号为 {code} 的礼品卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/gift_cards.py" line="34"/>
        <source>A gift card code is {low} to {high} letters and digits, and not a coupon&apos;s code.</source>
        <translation>礼品卡卡号为 {low}–{high} 位字母或数字，且不能是优惠券券码。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/gift_cards.py" line="95"/>
        <location filename="../../desktop/memberdesk/services/money/gift_cards.py" line="133"/>
        <source>Gift card {code} holds only {balance}.</source>
        <translation>礼品卡 {code} 余额只有 {balance}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/gift_cards.py" line="119"/>
        <source>Scan or type the gift card&apos;s code.</source>
        <translation>请扫描或输入礼品卡卡号。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/gift_cards.py" line="177"/>
        <source>The gift card {code} was already sold.</source>
        <translation>礼品卡 {code} 已经售出过了。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/money/gift_cards.py" line="183"/>
        <source>No new card code could be made; try again.</source>
        <translation>未能生成新卡号，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/scorecard/targets.py" line="61"/>
        <source>A monthly sales target is between ¥0 and ¥100,000,000.00.</source>
        <translation>月销售目标须在 ¥0 至 ¥100,000,000.00 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/scorecard/targets.py" line="64"/>
        <source>A monthly target of new members is a whole number from 0 to 100,000.</source>
        <translation>每月新会员目标须为 0 至 100,000 的整数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/scorecard/targets.py" line="67"/>
        <source>The satisfaction threshold is from 0 (none) to 5.00 (perceived / expected).</source>
        <translation>满意度门槛须在 0（不设）至 5.00（感受值 / 期望值）之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/scorecard/targets.py" line="70"/>
        <location filename="../../desktop/memberdesk/services/scorecard/targets.py" line="71"/>
        <location filename="../../desktop/memberdesk/services/scorecard/targets.py" line="72"/>
        <source>A bonus is between ¥0 and ¥100,000.00.</source>
        <translation>奖金须在 ¥0 至 ¥100,000.00 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/door.py" line="48"/>
        <source>No member has the card or phone “{code}”.</source>
        <translation>没有持卡号或手机号为“{code}”的会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="30"/>
        <source>That event does not exist.</source>
        <translation>没有这个活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="82"/>
        <source>“{text}” is not a number of places.</source>
        <translation>“{text}”不是有效的名额数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="88"/>
        <source>Enter how many members may come.</source>
        <translation>请填写可参加的人数（名额）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="92"/>
        <source>An event has at least one place.</source>
        <translation>活动至少要有 1 个名额。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="96"/>
        <source>At most {limit} places.</source>
        <translation>名额最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="106"/>
        <source>Give the event a name.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="110"/>
        <source>Enter the date and time of the event.</source>
        <translation>请填写活动的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="115"/>
        <source>The event cannot start in the past.</source>
        <translation>活动时间不能早于现在。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="119"/>
        <source>The event is more than five years away: check the year.</source>
        <translation>活动时间在五年以后，请检查年份。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/plans.py" line="160"/>
        <source>{coming} members already said they are coming: keep at least that many places.</source>
        <translation>已有 {coming} 位会员确认参加，名额不能少于这个数。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/replies.py" line="25"/>
        <source>This member is not invited to the event.</source>
        <translation>这位会员没有被邀请参加这个活动。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/replies.py" line="42"/>
        <source>Unknown reply: {reply}.</source>
        <translation>未知的回复：{reply}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/events/replies.py" line="61"/>
        <source>The event is full: {coming} of {capacity} places are taken.</source>
        <translation>活动名额已满：{capacity} 个名额已有 {coming} 位确认参加。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/analytics/churn.py" line="221"/>
        <source>Choose between {low} and {high} days.</source>
        <translation>请选择 {low} 到 {high} 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/tag_names.py" line="26"/>
        <source>Type the tag&apos;s name.</source>
        <translation>请填写标签名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/tag_names.py" line="29"/>
        <source>“{tag}”: a tag cannot hold a comma, 、 or semicolon.</source>
        <translation>“{tag}”：标签中不能有逗号、顿号或分号。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/tag_names.py" line="35"/>
        <source>“{tag}” is too long for a tag (at most {max} characters).</source>
        <translation>“{tag}”太长（标签最多 {max} 个字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members/tag_names.py" line="60"/>
        <source>The tag “{tag}” is given twice.</source>
        <translation>标签“{tag}”重复了。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/filters.py" line="101"/>
        <source>The saved filter has a value it cannot read ({field}).</source>
        <translation>保存的筛选条件有无法读取的值（{field}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/filters.py" line="109"/>
        <source>“{value}” is not one of the choices for {what}.</source>
        <translation>“{value}”不是 {what} 的可选项。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/filters.py" line="120"/>
        <source>{what} cannot be below {floor}.</source>
        <translation>{what} 不能小于 {floor}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/filters.py" line="127"/>
        <source>In {what} the lower bound is above the upper one.</source>
        <translation>{what} 的下限大于上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/filters.py" line="143"/>
        <source>The period is 1 to {max} days.</source>
        <translation>统计期为 1 至 {max} 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/filters.py" line="148"/>
        <source>A month is 1 to 12.</source>
        <translation>月份为 1 至 12。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/filters.py" line="157"/>
        <source>Choose the size category the sizes are of.</source>
        <translation>请选择尺码所属的类别。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/campaigns.py" line="162"/>
        <location filename="../../desktop/memberdesk/services/segments/segments.py" line="118"/>
        <source>There is no segment “{name}”.</source>
        <translation>没有名为“{name}”的分群。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/segments.py" line="124"/>
        <source>Give the segment a name.</source>
        <translation>请给分群起个名字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/segments.py" line="136"/>
        <source>A segment named “{name}” exists already.</source>
        <translation>已有名为“{name}”的分群。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/tags.py" line="91"/>
        <source>The tag “{tag}” is on the list already.</source>
        <translation>标签“{tag}”已在标签表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/tags.py" line="123"/>
        <source>There is no tag “{tag}” on the store&apos;s list.</source>
        <translation>本店标签表中没有“{tag}”。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/tags.py" line="143"/>
        <location filename="../../desktop/memberdesk/services/segments/tags.py" line="222"/>
        <source>“{tag}” is not on the store&apos;s list of tags.</source>
        <translation>“{tag}”不在本店标签表中。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/segments/tags.py" line="175"/>
        <source>This member is not on file.</source>
        <translation>没有这位会员的档案。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/campaigns/cards.py" line="57"/>
        <source>Send the campaign first: its cards go to the members it reached.</source>
        <translation>请先发送营销活动：卡片只给活动送达的会员。</translation>
    </message>
</context>
</TS>
