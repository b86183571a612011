<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="47" />
        <source>A PIN is {low} to {high} digits.</source>
        <translation>密码为 {low} 到 {high} 位数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="95" />
        <location filename="../../desktop/memberdesk/services/auth.py" line="143" />
        <location filename="../../desktop/memberdesk/services/auth.py" line="179" />
        <source>No such staff member.</source>
        <translation>没有这位员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="99" />
        <source>Too many wrong PINs: locked for {minutes} more minutes, or ask a supervisor.</source>
        <translation>密码错误次数过多：账号还将锁定 {minutes} 分钟，或请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="114" />
        <source>Too many wrong PINs: locked for {minutes} minutes, or ask a supervisor.</source>
        <translation>密码错误次数过多：账号已锁定 {minutes} 分钟，或请主管解锁。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="121" />
        <source>Wrong PIN. {left} tries left before the account locks.</source>
        <translation>密码错误。再错 {left} 次账号将被锁定。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="155" />
        <source>Staff number and name are required.</source>
        <translation>工号和姓名必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="162" />
        <source>Staff number {code} is taken.</source>
        <translation>工号 {code} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/auth.py" line="184" />
        <source>The current PIN is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/maintenance.py" line="20" />
        <source>A server database is backed up on the server, not from the counter.</source>
        <translation>服务器数据库请在服务器上备份，不能在服务台备份。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/maintenance.py" line="26" />
        <source>Cannot write a backup to {folder}: {error}</source>
        <translation>无法把备份写入 {folder}：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/maintenance.py" line="44" />
        <source>Keep between 1 and 365 backups.</source>
        <translation>保留的备份数须在 1 到 365 之间。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/permissions.py" line="83" />
        <source>Your role may not do this. Ask a supervisor or the manager.</source>
        <translation>您的角色无权进行此操作，请找主管或店长。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/setup.py" line="26" />
        <source>Store code and name are required.</source>
        <translation>门店编号和名称必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/setup.py" line="29" />
        <source>The manager's name and staff number are required.</source>
        <translation>店长的姓名和工号必须填写。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/cards.py" line="132" />
        <source>Unknown kind of card: {kind}.</source>
        <translation>未知的贺卡类型：{kind}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/cards.py" line="204" />
        <location filename="../../desktop/memberdesk/services/member_card.py" line="219" />
        <location filename="../../desktop/memberdesk/services/members.py" line="309" />
        <source>Member {id} was not found.</source>
        <translation>没有找到会员 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care.py" line="73" />
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care.py" line="77" />
        <source>Choose at most {days} days at a time.</source>
        <translation>一次最多选择 {days} 天。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care.py" line="306" />
        <source>The note is too long (200 characters at most).</source>
        <translation>备注太长（最多 200 个字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/care.py" line="314" />
        <source>Care task {id} was not found.</source>
        <translation>没有找到关怀事项 {id}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_forms.py" line="55" />
        <source>“{phone}” is not a phone number: a mainland mobile has 11 digits starting with 13-19; other numbers start with + and the country code.</source>
        <translation>“{phone}”不是有效的电话号码：大陆手机号为 13-19 开头的 11 位数字；其他号码请以 + 和国家代码开头。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_forms.py" line="68" />
        <source>Enter the member's name.</source>
        <translation>请填写会员姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_forms.py" line="71" />
        <source>The name is too long (at most {max} characters).</source>
        <translation>姓名太长（最多 {max} 个字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_forms.py" line="82" />
        <source>“{card}” is not a card number: use 6-20 letters and digits.</source>
        <translation>“{card}”不是有效的会员卡号：请使用 6-20 位字母和数字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_forms.py" line="94" />
        <source>The birthday {date} is not possible.</source>
        <translation>生日 {date} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_forms.py" line="105" />
        <source>Too long: at most {max} characters.</source>
        <translation>太长：最多 {max} 个字。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_io.py" line="124" />
        <source>The file's text encoding is not UTF-8 or GBK; save it as CSV UTF-8.</source>
        <translation>文件编码不是 UTF-8 或 GBK，请另存为 CSV UTF-8 格式。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_io.py" line="138" />
        <source>The file {file} cannot be read as a spreadsheet.</source>
        <translation>无法把文件 {file} 读作电子表格。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_io.py" line="149" />
        <source>The file {file} cannot be opened.</source>
        <translation>无法打开文件 {file}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_io.py" line="155" />
        <source>The file has no member rows.</source>
        <translation>文件中没有会员数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_io.py" line="186" />
        <source>“{value}” is not a date (write 1990-05-31).</source>
        <translation>“{value}”不是日期（请写成 1990-05-31）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_io.py" line="251" />
        <source>No {column} column found; choose it in the column mapping.</source>
        <translation>没有找到“{column}”列，请在列对应中选择。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/member_io.py" line="271" />
        <source>The same phone as row {row}.</source>
        <translation>与第 {row} 行的电话相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members.py" line="56" />
        <source>This phone belongs to member {name} already.</source>
        <translation>此电话已属于会员 {name}。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members.py" line="68" />
        <source>{name} with the same phone ending is already a member. Save anyway?</source>
        <translation>已有同名且电话尾号相同的会员 {name}，仍要保存吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members.py" line="124" />
        <source>Choose the referring member from the search.</source>
        <translation>请通过搜索选择推荐人会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members.py" line="128" />
        <source>Choose the referring staff member.</source>
        <translation>请选择推荐的员工。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members.py" line="141" />
        <source>Card number {card} is already in use.</source>
        <translation>会员卡号 {card} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members.py" line="412" />
        <source>Record the member's consent before storing ethnicity, religion or income.</source>
        <translation>保存民族、宗教或收入之前，请先记录会员的同意。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/services/members.py" line="453" />
        <source>The store has no manager account.</source>
        <translation>本店还没有店长账号。</translation>
    </message>
</context>
</TS>