<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BirthdayText</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/birthday_text.py" line="38"/>
        <source>lunar leap month %1, day %2</source>
        <translation>农历闰%1月%2日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/birthday_text.py" line="40"/>
        <source>lunar month %1, day %2</source>
        <translation>农历%1月%2日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/birthday_text.py" line="47"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/birthday_text.py" line="53"/>
        <source>Not on file</source>
        <translation>未登记</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/birthday_text.py" line="60"/>
        <source>%1 · today! turns %2</source>
        <translation>%1 · 今天生日！满%2岁</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/birthday_text.py" line="65"/>
        <source>%1 · age %4
next %2, turns %3</source>
        <translation>%1 · 现年%4岁
下次生日 %2（满%3岁）</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/counter_page.py" line="58"/>
        <source>Phone, last 4 digits, card no., name or pinyin</source>
        <translation>手机号、尾号、卡号、姓名或拼音</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/counter_page.py" line="82"/>
        <source>Enrol new member (F3)</source>
        <translation>新会员入会 (F3)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/counter_page.py" line="98"/>
        <source>Scan a card or type in the box to recognise a member.</source>
        <translation>刷会员卡，或在左侧输入框中输入以识别会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/counter_page.py" line="145"/>
        <source>Counter</source>
        <translation>服务台</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/counter_page.py" line="173"/>
        <source>%n member(s) found</source>
        <translation>
            <numerusform>找到 %n 位会员</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/counter_page.py" line="175"/>
        <source>No member found.</source>
        <translation>没有找到会员。</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="84"/>
        <source>Edit member</source>
        <translation>修改会员资料</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="84"/>
        <source>Enrol new member</source>
        <translation>新会员入会</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="147"/>
        <source>Scan a card, or leave empty to assign the next number</source>
        <translation>刷卡录入，或留空自动分配卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="149"/>
        <source>YYYY-MM-DD, optional</source>
        <translation>年-月-日，可不填</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="150"/>
        <source>Celebrates the lunar birthday</source>
        <translation>过农历生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="223"/>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="233"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="223"/>
        <source>Boy / girl</source>
        <translation>男孩 / 女孩</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="236"/>
        <source>Birthday YYYY-MM-DD</source>
        <translation>生日 年-月-日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="165"/>
        <source>Agrees to receive greetings and promotion news</source>
        <translation>同意接收节日问候和促销信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="86"/>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="87"/>
        <source>Details and sizes</source>
        <translation>详细资料与尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="100"/>
        <source>Sensitive information…</source>
        <translation>敏感信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="102"/>
        <source>Erase member data…</source>
        <translation>删除会员个人信息…</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="158"/>
        <source>Find the referrer</source>
        <translation>查找介绍人</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="159"/>
        <source>Referrer: phone, last 4, card no. or name, then Enter</source>
        <translation>介绍人：输入手机号、尾号、卡号或姓名，按回车查找</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="169"/>
        <source>Phone *</source>
        <translation>手机 *</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="170"/>
        <source>Name *</source>
        <translation>姓名 *</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="171"/>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="172"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="176"/>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="223"/>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="391"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="177"/>
        <source>Came through</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="178"/>
        <source>Partner / group</source>
        <translation>合作单位 / 客群</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="182"/>
        <source>Referring member</source>
        <translation>介绍会员</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="183"/>
        <source>Referring staff</source>
        <translation>介绍员工</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="210"/>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="211"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="212"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="213"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="214"/>
        <source>Skin type</source>
        <translation>肤质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="215"/>
        <source>Hair type</source>
        <translation>发质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="216"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="88"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="217"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="95"/>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="450"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="366"/>
        <source>%1: write the date as YYYY-MM-DD.</source>
        <translation>%1：日期请写成 年-月-日（如 1990-05-31）。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="383"/>
        <source>Child</source>
        <translation>孩子</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/enrol_dialog.py" line="479"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
</context>
<context>
    <name>HitsModel</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/hits_model.py" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/hits_model.py" line="63"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/hits_model.py" line="64"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/hits_model.py" line="65"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/hits_model.py" line="66"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
</context>
<context>
    <name>MemberCardView</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="102"/>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="103"/>
        <source>Card no.</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="104"/>
        <source>Stored value</source>
        <translation>储值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="105"/>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="106"/>
        <source>Coupons</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="107"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="113"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="109"/>
        <source>Sizes</source>
        <translation>尺码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="110"/>
        <source>Skin / hair</source>
        <translation>肤/发质</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="119"/>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="120"/>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="111"/>
        <source>Children</source>
        <translation>子女</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="114"/>
        <source>Lifetime spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="112"/>
        <source>Last purchases</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="121"/>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="147"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="122"/>
        <source>Latest care</source>
        <translation>最近关怀</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="123"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="149"/>
        <source>Show number</source>
        <translation>显示号码</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="178"/>
        <source>Sensitive information…</source>
        <translation>敏感信息…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="94"/>
        <source>%n point(s) expire on %1</source>
        <translation>
            <numerusform>%n 积分将于 %1 过期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="110"/>
        <source>Give %n birthday point(s)</source>
        <translation>
            <numerusform>送生日积分 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="127"/>
        <source>%n birthday point(s) given.</source>
        <translation>
            <numerusform>已送生日积分 %n 分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="323"/>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="350"/>
        <source>On file, hidden</source>
        <translation>已登记（隐藏）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="63"/>
        <source>No stored value</source>
        <translation>未储值</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="67"/>
        <source> (incl. bonus %1)</source>
        <translation>（含赠送 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="70"/>
        <source> (worth %1)</source>
        <translation>（可抵 %1）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="73"/>
        <source>owes %n point(s)</source>
        <translation>
            <numerusform>欠 %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/card_money.py" line="78"/>
        <source>%n valid coupon(s)</source>
        <translation>
            <numerusform>%n 张可用优惠券</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="361"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="369"/>
        <source>returned %1</source>
        <translation>已退 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="378"/>
        <source>Alteration</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="379"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="380"/>
        <source>Installation</source>
        <translation>安装</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="381"/>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="386"/>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="387"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="388"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="389"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="395"/>
        <source>promised %1</source>
        <translation>约定 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="418"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="419"/>
        <source>Cancel it</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="447"/>
        <source>Cancel after-sales</source>
        <translation>取消售后服务</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="448"/>
        <source>Cancel this after-sales promise?</source>
        <translation>确定取消这项售后服务吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="203"/>
        <source>Edit member (F4)</source>
        <translation>修改资料 (F4)</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="117"/>
        <source>Joined</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="118"/>
        <source>Came via</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="115"/>
        <source>Visits</source>
        <translation>到店次数</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="116"/>
        <source>Last visit</source>
        <translation>最近到店</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="164"/>
        <source>Tags (Ctrl+B)</source>
        <translation>标签（Ctrl+B）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="280"/>
        <source>lunar</source>
        <translation>农历</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="280"/>
        <source>solar</source>
        <translation>公历</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="283"/>
        <source>Birthday this week: %1 (%2)</source>
        <translation>本周生日：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="291"/>
        <source>%1&apos;s birthday in %n day(s)</source>
        <translation>
            <numerusform>%1的生日还有 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="297"/>
        <source>Not seen for %n day(s)</source>
        <translation>
            <numerusform>已 %n 天未到店</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="258"/>
        <source>%n open complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉未结</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="302"/>
        <source>After-sales overdue since %1</source>
        <translation>售后服务已逾期（应于 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_card.py" line="302"/>
        <source>After-sales due %1</source>
        <translation>售后服务 %1 到期</translation>
    </message>
</context>
<context>
    <name>MemberSheetDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_sheet.py" line="23"/>
        <location filename="../../desktop/memberdesk/ui/counter/member_sheet.py" line="43"/>
        <source>Member sheet</source>
        <translation>会员资料单</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_sheet.py" line="25"/>
        <source>A member sheet needs a member: find the member first.</source>
        <translation>会员资料单需要指定会员：请先查到会员。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/member_sheet.py" line="27"/>
        <source>Preparing the member sheet…</source>
        <translation>正在准备会员资料单…</translation>
    </message>
</context>
<context>
    <name>SensitiveDialog</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="26"/>
        <source>Sensitive information</source>
        <translation>敏感信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="29"/>
        <source>Stored only with the member&apos;s consent; every view is recorded in the audit log.</source>
        <translation>仅在会员同意后保存；每次查看都会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="33"/>
        <source>The member consents to storing this information</source>
        <translation>会员同意保存以下信息</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="38"/>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="39"/>
        <source>Religion</source>
        <translation>宗教</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="40"/>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="52"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/sensitive_dialog.py" line="53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ShiftChecklistOffer</name>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/shift_offer.py" line="38"/>
        <source>Start of shift: check appearance and service etiquette.</source>
        <translation>班前检查：请自查仪容仪表和服务礼仪。</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/shift_offer.py" line="40"/>
        <source>Start checklist</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location filename="../../desktop/memberdesk/ui/counter/shift_offer.py" line="42"/>
        <source>Not today</source>
        <translation>今天跳过</translation>
    </message>
</context>
</TS>
