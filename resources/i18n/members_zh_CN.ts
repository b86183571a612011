<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EraseMemberDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="48"/>
        <source>Erase member data</source>
        <translation>删除会员个人信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="56"/>
        <source>At the member&apos;s request, their name, phone, card number, birthday, contact details, sizes, children, notes and sensitive information are erased and the membership is closed. Sales, points and complaints stay, without the person. This cannot be undone.</source>
        <translation>应会员本人要求，删除其姓名、电话、卡号、生日、联系方式、尺码、子女、备注和敏感信息，并注销会员资格。消费、积分和投诉记录保留，但不再关联到个人。此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="70"/>
        <source>Type the card number shown above</source>
        <translation>请输入上方显示的会员卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="72"/>
        <source>e.g. written request of 3 May</source>
        <translation>例如：5月3日书面申请</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="76"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="86"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="88"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="89"/>
        <source>Request</source>
        <translation>申请说明</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="98"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="99"/>
        <source>Complaint note</source>
        <translation>投诉处理记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="100"/>
        <source>Suggestion</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="101"/>
        <source>After-sales service</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="102"/>
        <source>After-sales note</source>
        <translation>售后进度备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="103"/>
        <source>Sale note</source>
        <translation>销售备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="104"/>
        <source>Return reason</source>
        <translation>退货原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="105"/>
        <source>Points reason</source>
        <translation>积分调整原因</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="106"/>
        <source>Care note</source>
        <translation>关怀记录</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="112"/>
        <source>No complaint, suggestion, after-sales record or note names the member.</source>
        <translation>没有投诉、建议、售后记录或备注提到该会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="114"/>
        <source>These texts name the member; the struck-out parts are removed ({count}):</source>
        <translation>以下记录提到了该会员，划线部分将被删除（共 {count} 条）：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="116"/>
        <source>{place} {reference}:</source>
        <translation>{place} {reference}：</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/erase_member_dialog.py" line="146"/>
        <source>The member&apos;s personal information was erased.</source>
        <translation>该会员的个人信息已删除。</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="30"/>
        <source>Dry run of %1: would add %2, fill in %3</source>
        <translation>试导入 %1：将新增 %2 位，补全 %3 位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="32"/>
        <source>Imported %1: added %2, filled in %3</source>
        <translation>已导入 %1：新增 %2 位，补全 %3 位</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="36"/>
        <source>skipped %1 (on file), refused %2</source>
        <translation>跳过 %1 行（已是会员），未导入 %2 行</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="42"/>
        <source>Read sheet “%1”.</source>
        <translation>读取的工作表：“%1”。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="45"/>
        <source>Headers in row %1; members read from row %2.</source>
        <translation>表头在第 %1 行，会员从第 %2 行开始读取。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="51"/>
        <source>Opening points: %1 for %n member(s), each an entry in the points ledger.</source>
        <translation>
            <numerusform>期初积分：%n 位会员共 %1 分，每位记一笔积分流水。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="60"/>
        <source>Opening stored value: %1 principal and %2 bonus for %n member(s), each an opening entry of their account.</source>
        <translation>
            <numerusform>期初储值：%n 位会员共本金 %1、赠送金额 %2，每位会员的储值账户各记一笔期初余额。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="73"/>
        <source>Stored value of %n row(s) whose member is on file is not imported (%1 in all; rows %2): enter it at the counter as a top-up if it is owed.</source>
        <translation>
            <numerusform>%n 行的会员已在系统中，其储值未导入（共 %1；第 %2 行）：如确应归还，请在柜台以充值方式录入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="85"/>
        <source>Not imported: %1</source>
        <translation>未导入的列：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="92"/>
        <source>Row %1 refused: %2</source>
        <translation>第 %1 行未导入：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="96"/>
        <source>Row %1 skipped: %2</source>
        <translation>第 %1 行跳过：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/members/import_report.py" line="102"/>
        <source>… and %n more row(s): `memberdesk import members --dry-run` lists them all.</source>
        <translation>
            <numerusform>……还有 %n 行，`memberdesk import members --dry-run` 会全部列出。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/member_list_model.py" line="102"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/member_list_model.py" line="103"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/member_list_model.py" line="104"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/member_list_model.py" line="105"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/member_list_model.py" line="106"/>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/member_list_model.py" line="107"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/member_list_model.py" line="108"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="87"/>
        <source>Find: phone, last 4 digits, card no., name or pinyin</source>
        <translation>查找：手机号、手机尾号、卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="93"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="99"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="101"/>
        <source>Tags… (Ctrl+Shift+B)</source>
        <translation>标签…（Ctrl+Shift+B）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="106"/>
        <source>Segments… (Ctrl+Shift+S)</source>
        <translation>会员分群…（Ctrl+Shift+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="137"/>
        <source>Import members…</source>
        <translation>导入会员…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="139"/>
        <source>Fill in members already on file</source>
        <translation>补全已有会员的空白资料</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="140"/>
        <source>Only their empty fields are filled; nothing on file is overwritten.</source>
        <translation>只补全空着的资料，不覆盖已有的资料。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="141"/>
        <source>…and their points</source>
        <translation>并导入积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="143"/>
        <source>The file&apos;s points, for members whose points ledger has no entry yet.</source>
        <translation>把文件里的积分给还没有任何积分记录的会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="145"/>
        <source>…and raise their tier</source>
        <translation>并提升等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="146"/>
        <source>The file&apos;s tier, when it is higher than the member&apos;s.</source>
        <translation>文件里的等级比会员现在的高时才升级。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="151"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="160"/>
        <source>Export members…</source>
        <translation>导出会员…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="162"/>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="553"/>
        <source>Full phone numbers</source>
        <translation>完整手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="165"/>
        <source>Needed to import the file again; the manager approves it with their PIN.</source>
        <translation>导出后能再导入需要完整手机号，须由店长输入密码批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="167"/>
        <source>Include consented sensitive fields</source>
        <translation>包含已获同意的敏感信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="176"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="213"/>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="259"/>
        <source>Importing members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="260"/>
        <source>Exporting members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="261"/>
        <source>Exporting sensitive fields</source>
        <translation>导出敏感信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="262"/>
        <source>Segments</source>
        <translation>会员分群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="121"/>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="287"/>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="121"/>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="301"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>共 %n 位会员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="121"/>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="303"/>
        <source>%n found</source>
        <translation>
            <numerusform>找到 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="314"/>
        <source>Export takes the members listed: %1</source>
        <translation>导出的是列表中的会员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="324"/>
        <source>tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="354"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="390"/>
        <source>An import that was interrupted has been finished or undone.</source>
        <translation>一次中断的导入已完成或已撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="422"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消，未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="431"/>
        <source>Import members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="532"/>
        <source>members</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="533"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="545"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="547"/>
        <source>Members: all</source>
        <translation>会员：全部</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="549"/>
        <source>Members: those listed (%1)</source>
        <translation>会员：列表中的会员（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="551"/>
        <source>Full phone numbers and consented sensitive fields</source>
        <translation>完整手机号及已同意的敏感信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="582"/>
        <source>Only the members listed: %1</source>
        <translation>只含列表中的会员：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="446"/>
        <source>The sheet with a phone column</source>
        <translation>有手机号列的工作表</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="448"/>
        <source>Sheet “%1”</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="154"/>
        <source>Import now</source>
        <translation>正式导入</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="432"/>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="532"/>
        <source>Export members</source>
        <translation>导出会员</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/members/members_page.py" line="580"/>
        <source>Exported %n member(s).</source>
        <translation>
            <numerusform>已导出 %n 位会员。</numerusform>
        </translation>
    </message>
</context>
</TS>
